import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@kompeten/api/core';
import {
  FUNCTIONAL_LEVELS, POSITION_TYPES, type CreatePositionRequest, type FunctionalLevel, type PositionType, type UpdatePositionRequest,
} from '@kompeten/shared/contract';

const LEVELS = [...FUNCTIONAL_LEVELS.FUNGSIONAL_KEAHLIAN, ...FUNCTIONAL_LEVELS.FUNGSIONAL_KETERAMPILAN];
const CODE = /^[A-Za-z0-9._-]{1,60}$/;
const CODE_MESSAGE = 'code 1–60 karakter: huruf, angka, titik, garis bawah atau strip';
const TYPE_MESSAGE = `type harus salah satu dari: ${POSITION_TYPES.join(', ')}`;

export class CreatePositionDto implements CreatePositionRequest {
  @ApiProperty() @IsUUID('4', { message: 'unitId harus UUID' }) unitId!: string;
  @ApiProperty() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @ApiProperty() @IsString() @MinLength(2, { message: 'name minimal 2 karakter' }) @MaxLength(200) name!: string;
  @ApiProperty({ enum: POSITION_TYPES }) @IsIn(POSITION_TYPES, { message: TYPE_MESSAGE }) type!: PositionType;
  @ApiPropertyOptional({ enum: LEVELS, nullable: true })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(LEVELS, { message: `functionalLevel harus salah satu dari: ${LEVELS.join(', ')}` }) functionalLevel?: FunctionalLevel | null;
  @ApiProperty({ minimum: 1, maximum: 17 }) @IsInt({ message: 'grade (kelas jabatan) harus bilangan bulat' }) @Min(1, { message: 'grade (kelas jabatan) 1–17' }) @Max(17, { message: 'grade (kelas jabatan) 1–17' }) grade!: number;
}

export class UpdatePositionDto implements UpdatePositionRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'unitId harus UUID' }) unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2, { message: 'name minimal 2 karakter' }) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: POSITION_TYPES }) @IsOptional() @IsIn(POSITION_TYPES, { message: TYPE_MESSAGE }) type?: PositionType;
  @ApiPropertyOptional({ enum: LEVELS, nullable: true })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(LEVELS, { message: `functionalLevel harus salah satu dari: ${LEVELS.join(', ')}` }) functionalLevel?: FunctionalLevel | null;
  @ApiPropertyOptional() @IsOptional() @IsInt({ message: 'grade (kelas jabatan) harus bilangan bulat' }) @Min(1, { message: 'grade (kelas jabatan) 1–17' }) @Max(17, { message: 'grade (kelas jabatan) 1–17' }) grade?: number;
  @ApiProperty() @IsInt({ message: 'version wajib diisi (bilangan bulat)' }) @Min(1) @Max(2_147_483_647) version!: number;
}

export class PositionListQueryDto extends PageQueryDto {
  @IsOptional() @IsUUID('4', { message: 'unitId harus UUID' }) unitId?: string;
  @IsOptional() @IsIn(POSITION_TYPES, { message: TYPE_MESSAGE }) type?: PositionType;
  @IsOptional() @IsString() @MaxLength(100) q?: string;
}
