import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, AuditService, fieldProblem, Principal, ProblemException } from '@kompeten/api/core';
import { toCasePackage } from './case-export';
import { planCaseImport } from './case-import';
import { validateCasePackage } from './case-schema';
import type { CFPackage } from './case-types';
import type { ExportFormat, ImportFormat } from './exchange.dto';
import { loadSnapshot } from './framework-snapshot';
import type { ExchangeIssue, FrameworkImportReport, ImportPlan } from './import-model';
import { resolveTarget, type TargetOptions } from './import-target';
import { writeModel } from './import-writer';
import { readCsv, readXlsx } from './sheet-io';
import { planTabularImport, tabularCsv, tabularXlsx } from './tabular';

export interface UploadedFrameworkFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

export interface ImportRequest extends TargetOptions {
  format?: ImportFormat;
  dryRun?: boolean;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Most problems a failed import lists: enough to fix a file, not a megabyte of JSON. */
const MAX_LISTED = 500;

/** Import and export of competency frameworks: CASE 1.1/1.0 packages and the flat CSV/XLSX sheet. */
@Injectable()
export class FrameworkExchangeService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly audit: AuditService, private readonly config: AppConfig) {}

  async export(actor: Principal, frameworkId: string, format: ExportFormat): Promise<ExportedFile> {
    const snap = await loadSnapshot(this.ds.manager, frameworkId);
    const name = `kamus-${snap.code.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')}-v${snap.version}`;
    let file: ExportedFile;
    if (format === 'case' || format === 'case10') {
      const pkg = toCasePackage(snap, { baseUrl: this.config.PUBLIC_BASE_URL, caseVersion: format === 'case' ? '1.1' : '1.0' });
      file = { body: Buffer.from(JSON.stringify(pkg, null, 2), 'utf8'), contentType: 'application/json; charset=utf-8', filename: `${name}${format === 'case10' ? '.case10' : ''}.json` };
    } else if (format === 'csv') {
      file = { body: tabularCsv(snap), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` };
    } else {
      file = { body: await tabularXlsx(snap), contentType: XLSX_TYPE, filename: `${name}.xlsx` };
    }
    await this.audit.record(this.ds.manager, actor, { action: 'EXPORT', entity: 'competency_framework', entityId: frameworkId, after: { format, version: snap.version } });
    return file;
  }

  /**
   * Reads, plans and applies an import in one transaction; a dry run is the same code, rolled back
   * (so it also reports what the database would refuse). Schema and parse errors fail at once (400);
   * plan errors are listed in the report of a dry run and fail a real run as a whole.
   */
  async import(actor: Principal, file: UploadedFrameworkFile | undefined, req: ImportRequest): Promise<FrameworkImportReport> {
    if (!file) throw fieldProblem('file', 'berkas wajib diunggah pada field "file"');
    const format = req.format ?? formatOf(file);
    checkType(file, format);
    const plan = format === 'case' ? planCaseImport(parseCase(file.buffer)) : planTabularImport(await parseSheet(file.buffer, format));
    const dryRun = req.dryRun ?? false;
    const report = (extra: Partial<FrameworkImportReport>): FrameworkImportReport => ({
      dryRun, format, action: null, frameworkId: null, created: zero(), updated: zero(), unchanged: zero(), warnings: plan.warnings, errors: plan.errors, ...extra,
    });
    if (plan.errors.length) {
      if (dryRun) return report({});
      throw rejected(report({}));
    }
    return this.apply(actor, plan, req, format, dryRun, file.originalname);
  }

  private async apply(actor: Principal, plan: ImportPlan, req: ImportRequest, format: ImportFormat, dryRun: boolean, fileName: string): Promise<FrameworkImportReport> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const em = qr.manager;
      const warnings = [...plan.warnings];
      const target = await resolveTarget(em, plan.model.framework, { frameworkId: req.frameworkId, code: req.code, name: req.name }, warnings);
      const written = await writeModel(em, plan.model, target);
      warnings.push(...written.warnings);
      if (!target.fresh && (written.changed || target.headerChanged)) {
        // Raw writes bypass TypeORM's version columns: bump them so open editors see the change.
        await em.query(`UPDATE competency_framework SET updated_at = now(), row_version = row_version + 1 WHERE id = $1`, [target.frameworkId]);
      }
      const result: FrameworkImportReport = {
        dryRun, format, action: target.action, frameworkId: dryRun && target.fresh ? null : target.frameworkId,
        created: written.created, updated: written.updated, unchanged: written.unchanged, warnings, errors: [],
      };
      if (dryRun) {
        await qr.rollbackTransaction();
        return result;
      }
      await this.audit.record(em, actor, {
        action: 'IMPORT', entity: 'competency_framework', entityId: target.frameworkId,
        after: { format, file: fileName, action: target.action, created: written.created, updated: written.updated, unchanged: written.unchanged, warnings: warnings.length },
      });
      await qr.commitTransaction();
      return result;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw e;
    } finally {
      await qr.release();
    }
  }
}

const zero = () => ({ groups: 0, competencies: 0, levels: 0, indicators: 0 });

function formatOf(file: UploadedFrameworkFile): ImportFormat {
  const name = file.originalname.toLowerCase();
  if (name.endsWith('.json')) return 'case';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  throw unsupported('format tidak dikenali; pakai .json (CASE), .csv atau .xlsx, atau sebutkan format=…');
}

/** The declared format must match the file: its extension or its media type. */
function checkType(file: UploadedFrameworkFile, format: ImportFormat): void {
  const name = file.originalname.toLowerCase();
  const type = (file.mimetype ?? '').toLowerCase();
  const ok = format === 'case' ? name.endsWith('.json') || /^application\/([a-z.+-]*\+)?json/.test(type)
    : format === 'csv' ? name.endsWith('.csv') || type.startsWith('text/csv')
    : name.endsWith('.xlsx') || type === XLSX_TYPE;
  if (!ok) throw unsupported(format === 'case' ? 'berkas CASE harus .json (application/json)' : `berkas harus .${format}`);
}

const unsupported = (message: string) =>
  new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', `Jenis berkas tidak didukung: ${message}`, { errors: [{ field: 'file', message }] });

function parseCase(buf: Buffer): CFPackage {
  let data: unknown;
  try {
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    data = JSON.parse(text);
  } catch (e) {
    throw fieldProblem('file', `JSON tidak valid (${(e as Error).message})`);
  }
  const issues = validateCasePackage(data, 'lenient');
  if (issues.length) {
    throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `Paket CASE tidak valid: ${issues.length} kesalahan; tidak ada data yang disimpan`, { errors: issues });
  }
  return data as CFPackage;
}

async function parseSheet(buf: Buffer, format: 'csv' | 'xlsx') {
  try {
    return format === 'csv' ? readCsv(buf) : await readXlsx(buf);
  } catch {
    throw fieldProblem('file', `berkas ${format.toUpperCase()} tidak dapat dibaca`);
  }
}

function rejected(report: FrameworkImportReport): ProblemException {
  const where = (e: ExchangeIssue) => (e.row ? `baris ${e.row}: ` : '');
  const ex = new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED',
    `Impor dibatalkan: ${report.errors.length} kesalahan pada berkas; tidak ada data yang disimpan. ${report.errors.slice(0, 3).map((e) => `${where(e)}${e.field}: ${e.message}`).join('; ')}`,
    { errors: report.errors.slice(0, MAX_LISTED).map((e) => ({ field: e.field, message: `${where(e)}${e.message}` })) });
  Object.assign(ex.getResponse() as object, { report });
  return ex;
}
