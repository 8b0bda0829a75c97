import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { UNIT_KINDS, type CreateUnitRequest, type MoveUnitRequest, type UnitKind, type UpdateUnitRequest } from '@kompeten/shared/contract';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const CODE_MESSAGE = 'code 1–40 karakter: huruf, angka, titik, garis bawah atau strip';
const KIND_MESSAGE = `kind harus salah satu dari: ${UNIT_KINDS.join(', ')}`;

export class CreateUnitDto implements CreateUnitRequest {
  @ApiPropertyOptional({ nullable: true, description: 'Induk; kosong = unit akar (OPD), hanya ADMIN' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID('4', { message: 'parentId harus UUID' }) parentId?: string | null;
  @ApiProperty() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @ApiProperty() @IsString() @MinLength(2, { message: 'name minimal 2 karakter' }) @MaxLength(200) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS, { message: KIND_MESSAGE }) kind!: UnitKind;
}

export class UpdateUnitDto implements UpdateUnitRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2, { message: 'name minimal 2 karakter' }) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: UNIT_KINDS }) @IsOptional() @IsIn(UNIT_KINDS, { message: KIND_MESSAGE }) kind?: UnitKind;
  @ApiProperty() @IsInt({ message: 'version wajib diisi (bilangan bulat)' }) @Min(1) @Max(2_147_483_647) version!: number;
}

export class MoveUnitDto implements MoveUnitRequest {
  @ApiProperty() @IsUUID('4', { message: 'newParentId harus UUID' }) newParentId!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
