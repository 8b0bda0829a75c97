import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto, toBool } from '@kompeten/api/core';
import {
  EMPLOYEE_STATUSES, EMPLOYMENT_TYPES, GENDERS, POSITION_TYPES,
  type CreateEmployeeRequest, type EmployeeListQuery, type EmployeeStatus, type EmploymentType, type Gender, type PositionType, type UpdateEmployeeRequest,
} from '@kompeten/shared/contract';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const nullable = (_: object, v: unknown) => v !== null;
const DATE = { strict: true, strictSeparator: true };
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** Fields shared by create and update; NIP-dependent checks (checkNip, golongan fit) run in the service. */
class EmployeeFieldsDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(60) frontTitle?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(100) backTitle?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(100) birthPlace?: string | null;
  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES }) @IsOptional() @IsIn(EMPLOYEE_STATUSES, { message: `status harus salah satu dari: ${EMPLOYEE_STATUSES.join(', ')}` }) status?: EmployeeStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsUUID('4', { message: 'positionId harus UUID' }) positionId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsUUID('4', { message: 'supervisorId harus UUID' }) supervisorId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsEmail({}, { message: 'email tidak valid' }) @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @Matches(PHONE, { message: 'phone hanya angka, spasi, tanda kurung, strip, diawali + bila perlu (6–20)' }) phone?: string | null;
}

export class CreateEmployeeDto extends EmployeeFieldsDto implements CreateEmployeeRequest {
  @ApiProperty({ example: '198609262015051001' }) @Transform(trim) @IsString({ message: 'NIP wajib diisi' }) nip!: string;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1, { message: 'name wajib diisi' }) @MaxLength(200) name!: string;
  @ApiProperty({ enum: GENDERS }) @IsIn(GENDERS, { message: 'gender harus L atau P' }) gender!: Gender;
  @ApiProperty({ example: '1986-09-26' }) @IsISO8601(DATE, { message: 'birthDate harus tanggal YYYY-MM-DD' }) birthDate!: string;
  @ApiProperty({ example: 'III/b' }) @IsString({ message: 'golongan wajib diisi' }) golongan!: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) @IsIn(EMPLOYMENT_TYPES, { message: 'employmentType harus PNS, CPNS atau PPPK' }) employmentType!: EmploymentType;
  @ApiProperty() @IsUUID('4', { message: 'unitId harus UUID' }) unitId!: string;
}

export class UpdateEmployeeDto extends EmployeeFieldsDto implements UpdateEmployeeRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1, { message: 'name wajib diisi' }) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS, { message: 'gender harus L atau P' }) gender?: Gender;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(DATE, { message: 'birthDate harus tanggal YYYY-MM-DD' }) birthDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() golongan?: string;
  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES }) @IsOptional() @IsIn(EMPLOYMENT_TYPES, { message: 'employmentType harus PNS, CPNS atau PPPK' }) employmentType?: EmploymentType;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'unitId harus UUID' }) unitId?: string;
  @ApiProperty() @IsInt({ message: 'version wajib diisi (bilangan bulat)' }) @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ description: 'TMT perpindahan unit/jabatan (default hari ini)' }) @IsOptional() @IsISO8601(DATE, { message: 'effectiveFrom harus tanggal YYYY-MM-DD' }) effectiveFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class EmployeeListQueryDto extends PageQueryDto implements EmployeeListQuery {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @IsUUID('4', { message: 'unitId harus UUID' }) unitId?: string;
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'includeSubunits harus true atau false' }) includeSubunits?: boolean;
  @IsOptional() @IsIn(POSITION_TYPES) positionType?: PositionType;
  @IsOptional() @IsString() @MaxLength(10) golongan?: string;
  @IsOptional() @IsIn(EMPLOYEE_STATUSES) status?: EmployeeStatus;
  @IsOptional() @IsIn(EMPLOYMENT_TYPES) employmentType?: EmploymentType;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'true = periksa saja, tidak menyimpan (default false)' })
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'dryRun harus true atau false' }) dryRun?: boolean;
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format harus csv atau xlsx' }) format?: 'csv' | 'xlsx';
}

