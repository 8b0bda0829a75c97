import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

class UjiThresholdsDto {
  @IsNumber() @Min(0) @Max(100) MS!: number;
  @IsNumber() @Min(0) @Max(100) MMS!: number;
}
class PemetaanThresholdsDto {
  @IsNumber() @Min(0) @Max(100) O!: number;
  @IsNumber() @Min(0) @Max(100) CO!: number;
}
class ThresholdsDto {
  @ValidateNested() @Type(() => UjiThresholdsDto) UJI_KOMPETENSI!: UjiThresholdsDto;
  @ValidateNested() @Type(() => PemetaanThresholdsDto) PEMETAAN!: PemetaanThresholdsDto;
}

export class PolicyDto {
  @ApiPropertyOptional({ enum: ['LATEST', 'HIGHEST', 'METHOD_PRIORITY'] }) @IsOptional() @IsIn(['LATEST', 'HIGHEST', 'METHOD_PRIORITY']) levelPolicy?: 'LATEST' | 'HIGHEST' | 'METHOD_PRIORITY';
  @ApiPropertyOptional() @IsOptional() @IsBoolean() countSelf?: boolean;
  @ApiPropertyOptional({ enum: ['NO_COMPENSATION', 'CAPPED_RATIO'] }) @IsOptional() @IsIn(['NO_COMPENSATION', 'CAPPED_RATIO']) jpmVariant?: 'NO_COMPENSATION' | 'CAPPED_RATIO';
  @ApiPropertyOptional({ enum: ['PEMETAAN', 'UJI_KOMPETENSI'] }) @IsOptional() @IsIn(['PEMETAAN', 'UJI_KOMPETENSI']) purpose?: 'PEMETAAN' | 'UJI_KOMPETENSI';
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => ThresholdsDto) thresholds?: ThresholdsDto;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(120) defaultValidityMonths?: number;
}
