import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ImportJob, ImportReport } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { ImportQueryDto, TemplateQueryDto } from '../dto/employee.dto';
import { EmployeeImportService, UploadedSheet } from './employee-import.service';
import { csvTemplate, xlsxTemplate } from './template';

@ApiTags('employees') @ApiBearerAuth()
@Controller('employees/import')
export class EmployeeImportController {
  constructor(private readonly imports: EmployeeImportService) {}

  @Get('template') @Access(['HR_OFFICER', 'ADMIN'], 'none') @ApiOperation({ summary: 'Import template (CSV or XLSX) with one example row' })
  async template(@Query() q: TemplateQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const xlsx = q.format === 'xlsx';
    res.setHeader('Content-Disposition', `attachment; filename="templat-impor-pegawai.${xlsx ? 'xlsx' : 'csv'}"`);
    return xlsx
      ? new StreamableFile(await xlsxTemplate(), { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      : new StreamableFile(csvTemplate(), { type: 'text/csv; charset=utf-8' });
  }

  @Post() @Access(['HR_OFFICER', 'ADMIN'], 'unit')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Import employees from CSV/XLSX: dry run reports every row error; a real run (202) is polled at /imports/{id}' })
  async import(
    @CurrentPrincipal() p: Principal,
    @Query() q: ImportQueryDto,
    @UploadedFile() file: UploadedSheet | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    const { status, report } = await this.imports.start(p, file, q.dryRun ?? false);
    res.status(status);
    return report;
  }
}

@ApiTags('employees') @ApiBearerAuth()
@Controller('imports')
export class ImportJobsController {
  constructor(private readonly imports: EmployeeImportService) {}

  @Get(':id') @Access(['HR_OFFICER', 'ADMIN'], 'none') @ApiOperation({ summary: 'Progress and result of an import job' })
  get(@CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<ImportJob> {
    return this.imports.job(p, id);
  }
}
