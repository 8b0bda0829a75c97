import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { POSITION_TYPES, type FunctionalLevel, type PositionType } from '@kompeten/shared/contract';

const FUNCTIONAL_LEVEL_VALUES = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;

export class RequirementDto {
  @ApiProperty() @IsUUID('4') competencyId!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(5) requiredLevel!: number;
  @ApiProperty() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100) weight!: number;
  @ApiProperty() @IsBoolean() essential!: boolean;
}

export class CreateStandardDto {
  @ApiProperty() @IsUUID('4') frameworkId!: string;
  @ApiPropertyOptional({ description: 'A standard for one position…' }) @IsOptional() @IsUUID('4') positionId?: string;
  @ApiPropertyOptional({ enum: POSITION_TYPES, description: '…or a template for a jabatan type' }) @IsOptional() @IsIn(POSITION_TYPES) positionType?: PositionType;
  @ApiPropertyOptional({ enum: FUNCTIONAL_LEVEL_VALUES }) @IsOptional() @IsIn(FUNCTIONAL_LEVEL_VALUES) functionalLevel?: FunctionalLevel;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @ApiProperty() @IsDateString({ strict: true }) effectiveFrom!: string;
  @ApiProperty({ type: [RequirementDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RequirementDto) requirements!: RequirementDto[];
}

export class StandardQueryDto {
  @IsOptional() @IsUUID('4') positionId?: string;
  @IsOptional() @IsIn(POSITION_TYPES) positionType?: PositionType;
  @IsOptional() @Transform(({ value }) => value === 'true' ? true : value === 'false' ? false : value) @IsBoolean() currentOnly?: boolean;
}

export class GenerateDefaultsDto {
  @ApiProperty({ description: 'Framework with the managerial and socio-cultural competencies' }) @IsUUID('4') frameworkId!: string;
  @ApiProperty() @IsDateString({ strict: true }) effectiveFrom!: string;
}
