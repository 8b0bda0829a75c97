import { Controller, Get, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Access, CurrentPrincipal, Principal, toBool } from '@kompeten/api/core';
import { AssessmentImportService, type AssessmentImportReport, type UploadedAssessmentFile } from './assessment-import.service';
import { FrameworkUploadInterceptor } from './exchange/upload.interceptor';

export class AssessmentImportQueryDto {
  @ApiPropertyOptional({ description: 'true = periksa saja, tidak menyimpan (default false)' })
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'dryRun harus true atau false' }) dryRun?: boolean;
}

export class AssessmentTemplateQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] })
  @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format harus csv atau xlsx' }) format?: 'csv' | 'xlsx';
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('assessments') @ApiBearerAuth()
@Controller('assessments/import')
export class AssessmentImportController {
  constructor(private readonly imports: AssessmentImportService) {}

  @Get('template') @Access(['HR_OFFICER', 'ADMIN'], 'none') @ApiProduces('text/csv', XLSX_TYPE)
  @ApiOperation({ summary: 'Template of the assessment-centre import (CSV or XLSX) with one example row' })
  async template(@Query() q: AssessmentTemplateQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const format = q.format ?? 'csv';
    const body = await this.imports.template(format);
    res.setHeader('Content-Disposition', `attachment; filename="templat-impor-hasil-asesmen.${format}"`);
    return new StreamableFile(body, { type: format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8', length: body.length });
  }

  @Post() @Access(['HR_OFFICER', 'ADMIN'], 'unit')
  @UseInterceptors(FrameworkUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Import assessment-centre results (CSV/XLSX): every row validated; dryRun=true reports only; a real run is all-or-nothing (201)' })
  async import(
    @CurrentPrincipal() p: Principal,
    @Query() q: AssessmentImportQueryDto,
    @UploadedFile() file: UploadedAssessmentFile | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssessmentImportReport> {
    const { status, report } = await this.imports.run(p, file, q.dryRun ?? false);
    res.status(status);
    return report;
  }
}
