import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { toBool } from '@kompeten/api/core';
import { CODE_PATTERN } from './import-model';

export const EXPORT_FORMATS = ['case', 'case10', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['case', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class FrameworkExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'case = CASE 1.1 (default), case10 = CASE 1.0, csv, xlsx' })
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format harus case, case10, csv atau xlsx' }) format?: ExportFormat;
}

export class FrameworkImportQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_FORMATS, description: 'Default: dari ekstensi berkas (.json = case)' })
  @IsOptional() @IsIn(IMPORT_FORMATS, { message: 'format harus case, csv atau xlsx' }) format?: ImportFormat;

  @ApiPropertyOptional({ description: 'true = periksa saja, tidak menyimpan (default false)' })
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'dryRun harus true atau false' }) dryRun?: boolean;

  @ApiPropertyOptional({ description: 'Kamus tujuan; draf diperbarui, kamus terbit mendapat draf versi baru' })
  @IsOptional() @IsUUID('all', { message: 'frameworkId harus UUID' }) frameworkId?: string;

  @ApiPropertyOptional({ description: 'Kode kamus (tujuan, atau kode kamus baru); wajib untuk CSV/XLSX tanpa frameworkId' })
  @IsOptional() @IsString() @Matches(CODE_PATTERN, { message: 'kode 1–40 karakter: huruf, angka, titik, garis bawah atau strip' }) code?: string;

  @ApiPropertyOptional({ description: 'Nama kamus baru; wajib untuk CSV/XLSX tanpa frameworkId atau kode yang ada' })
  @IsOptional() @IsString() @MinLength(3) @MaxLength(200) name?: string;
}
