import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { FrameworkExportQueryDto, FrameworkImportQueryDto } from './exchange.dto';
import { FrameworkExchangeService, type UploadedFrameworkFile } from './exchange.service';
import type { FrameworkImportReport } from './import-model';
import { FrameworkUploadInterceptor } from './upload.interceptor';

@ApiTags('competency-frameworks') @ApiBearerAuth()
@Controller('competency-frameworks')
export class FrameworkExchangeController {
  constructor(private readonly exchange: FrameworkExchangeService) {}

  @Get(':id/export') @Access('any', 'none')
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Export a framework version as a CASE 1.1 (or 1.0) CFPackage, CSV or XLSX (recorded in the audit log)' })
  async export(
    @CurrentPrincipal() p: Principal,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Query() q: FrameworkExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exchange.export(p, id, q.format ?? 'case');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
  }

  @Post('import') @Access(['ADMIN', 'HR_OFFICER'], 'none')
  @UseInterceptors(FrameworkUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Import a framework from a CASE package, CSV or XLSX: a draft is updated, a published version gets a new draft; dryRun=true reports without saving' })
  async import(
    @CurrentPrincipal() p: Principal,
    @Query() q: FrameworkImportQueryDto,
    @UploadedFile() file: UploadedFrameworkFile | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FrameworkImportReport> {
    const report = await this.exchange.import(p, file, q);
    res.status(report.dryRun ? 200 : 201);
    return report;
  }
}
