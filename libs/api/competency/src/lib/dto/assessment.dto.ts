import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { ASSESSMENT_METHODS, type AssessmentMethod, type AssessmentSheetItem, type CreateAssessmentsRequest } from '@kompeten/shared/contract';

export class SheetItemDto implements AssessmentSheetItem {
  @ApiProperty() @IsUUID('4') competencyId!: string;
  @ApiProperty({ nullable: true, description: 'null = not assessable' }) @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(5) level!: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class CreateAssessmentsDto implements CreateAssessmentsRequest {
  @ApiProperty() @IsUUID('4') employeeId!: string;
  @ApiProperty({ enum: ASSESSMENT_METHODS }) @IsIn(ASSESSMENT_METHODS) method!: AssessmentMethod;
  @ApiProperty() @IsDateString({ strict: true }) assessedAt!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsDateString({ strict: true }) validUntil?: string | null;
  @ApiProperty({ type: [SheetItemDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SheetItemDto) items!: SheetItemDto[];
}

export class VoidAssessmentDto {
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(1000) reason!: string;
}

export class HeatmapQueryDto {
  @IsOptional() @IsIn(['unit', 'position']) groupBy: 'unit' | 'position' = 'unit';
}

export class GapQueryDto {
  @IsOptional() @IsUUID('4') targetPositionId?: string;
}
