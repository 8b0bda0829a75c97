import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AuditQuery } from '@kompeten/shared/contract';
import { PageQueryDto } from '@kompeten/api/core';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @IsOptional() @IsString() @MaxLength(50) entity?: string;
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @IsOptional() @IsUUID('4') actorId?: string;
  @IsOptional() @IsString() @MaxLength(50) action?: string;
  @IsOptional() @IsDateString({ strict: true }) from?: string;
  @IsOptional() @IsDateString({ strict: true }) to?: string;
}
