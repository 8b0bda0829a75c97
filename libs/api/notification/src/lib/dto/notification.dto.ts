import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAIL_STATUSES, OPTIONAL_MAIL_CATEGORIES } from '@kompeten/shared/contract';
import type { MailCategory, MailLogQuery, MailStatus } from '@kompeten/shared/contract';
import { PageQueryDto } from '@kompeten/api/core';

export class MailLogQueryDto extends PageQueryDto implements MailLogQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES }) @IsOptional() @IsIn(MAIL_STATUSES) status?: MailStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) template?: string;
  @ApiPropertyOptional({ description: 'Part of the address or name' }) @IsOptional() @IsString() @MaxLength(120) recipient?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class JobRunQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z0-9.-]{1,80}$/, { message: 'nama tugas tidak valid' }) job?: string;
}

export class NotificationPreferencesDto {
  @ApiProperty({ enum: OPTIONAL_MAIL_CATEGORIES, isArray: true, description: 'Optional categories to turn off; ESSENTIAL cannot be muted' })
  @IsArray() @ArrayMaxSize(OPTIONAL_MAIL_CATEGORIES.length)
  @IsIn(OPTIONAL_MAIL_CATEGORIES, { each: true, message: 'hanya REMINDER dan DIGEST yang dapat dimatikan' })
  mutedCategories!: MailCategory[];
}
