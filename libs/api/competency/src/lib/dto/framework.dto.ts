import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { COMPETENCY_KINDS, type CompetencyKind } from '@kompeten/shared/contract';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const CODE_MSG = 'kode 1–40 karakter: huruf, angka, titik, garis bawah atau strip';

export class CreateFrameworkDto {
  @ApiProperty() @IsString() @Matches(CODE, { message: CODE_MSG }) code!: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) sourceUrl?: string;
}

export class UpdateFrameworkDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(3) @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiProperty() @IsInt() @Min(1) @Max(2_147_483_647) rowVersion!: number;
}

export class GroupDto {
  @ApiProperty() @IsString() @Matches(CODE, { message: CODE_MSG }) code!: string;
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiProperty({ enum: COMPETENCY_KINDS }) @IsIn(COMPETENCY_KINDS) kind!: CompetencyKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') parentId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10000) sortOrder?: number;
}

export class LevelDto {
  @ApiProperty() @IsInt() @Min(1) @Max(5) level!: number;
  @ApiProperty() @IsBoolean() defined!: boolean;
  @ApiProperty() @IsString() @MaxLength(300) title!: string;
  @ApiProperty() @IsString() @MaxLength(4000) description!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(1000, { each: true }) indicators!: string[];
}

export class CompetencyDto {
  @ApiProperty() @IsUUID('4') groupId!: string;
  @ApiProperty() @IsString() @Matches(CODE, { message: CODE_MSG }) code!: string;
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(4000) definition!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10000) sortOrder?: number;
  @ApiProperty({ type: [LevelDto] }) @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => LevelDto) levels!: LevelDto[];
}
