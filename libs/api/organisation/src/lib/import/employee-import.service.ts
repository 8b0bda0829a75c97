import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ImportJob, ImportReport, ImportRowError } from '@kompeten/shared/contract';
import { normaliseNip } from '@kompeten/shared/domain';
import { AuditService, fieldProblem, hasRole, notFound, outOfScope, Principal, ProblemException } from '@kompeten/api/core';
import { ScopeService } from '../scope/scope.service';
import { ImportLookups, ImportRow, RawRecord, readRecords, validateRecords } from './row-validation';
import { parseCsv, parseXlsx, Sheet } from './sheet-parse';
import { holdImportLock, releaseImportLock } from './import-jobs';

export const IMPORT_CHUNK = 1000;

export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
}

/**
 * Employee import: every row validated up front against one set of look-ups; the write is one
 * transaction of set-based statements (chunked multi-row upsert, one supervisor UPDATE … FROM,
 * history in two statements, one audit row), with progress reported on a separate connection.
 */
@Injectable()
export class EmployeeImportService {
  private readonly log = new Logger('EmployeeImport');
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService, private readonly audit: AuditService) {}

  async read(file: UploadedSheet | undefined): Promise<Sheet> {
    if (!file) throw fieldProblem('file', 'berkas wajib diunggah pada field "file"');
    const name = file.originalname.toLowerCase();
    if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Berkas harus berformat .csv atau .xlsx', { errors: [{ field: 'file', message: 'format harus .csv atau .xlsx' }] });
    }
    try {
      return name.endsWith('.csv') ? parseCsv(file.buffer) : await parseXlsx(file.buffer);
    } catch {
      throw fieldProblem('file', `berkas ${name.endsWith('.csv') ? 'CSV' : 'XLSX'} tidak dapat dibaca`);
    }
  }

  /** Validates and, unless dry run, starts the import. Returns the HTTP status with the report. */
  async start(p: Principal, file: UploadedSheet | undefined, dryRun: boolean): Promise<{ status: number; report: ImportReport }> {
    const sheet = await this.read(file);
    const { records, errors: headerErrors } = readRecords(sheet);
    const lookups = headerErrors.length ? null : await this.lookups(p, records);
    const { rows, errors } = lookups ? validateRecords(records, lookups) : { rows: [], errors: headerErrors };
    const report: ImportReport = { dryRun, totalRows: records.length, validRows: rows.length, created: 0, updated: 0, errors };
    if (dryRun) {
      report.created = rows.filter((r) => !lookups?.existing.has(r.nip)).length;
      report.updated = rows.length - report.created;
      return { status: HttpStatus.OK, report };
    }
    if (errors.length) throw this.rejected(report);
    const [{ id }] = await this.ds.query(
      `INSERT INTO import_job (kind, status, total, created_by) VALUES ('employee', 'RUNNING', $1, $2) RETURNING id`, [rows.length, p.id]);
    report.jobId = id;
    void this.execute(p, id, rows, report);
    return { status: HttpStatus.ACCEPTED, report };
  }

  async job(p: Principal, id: string): Promise<ImportJob> {
    const [j] = await this.ds.query(`SELECT * FROM import_job WHERE id = $1`, [id]);
    if (!j) throw notFound('Proses impor');
    if (!hasRole(p, 'ADMIN') && j.created_by !== p.id) throw outOfScope('Proses impor ini milik pengguna lain');
    return {
      id: j.id, kind: j.kind, status: j.status, processed: j.processed, total: j.total, report: j.report, error: j.error,
      startedAt: j.started_at.toISOString(), finishedAt: j.finished_at?.toISOString() ?? null,
    };
  }

  /** Three set-based look-ups for the whole file (units, positions, known NIPs), never one per row. */
  private async lookups(p: Principal, records: RawRecord[]): Promise<ImportLookups> {
    const codes = [...new Set(records.map((r) => r.values.kode_unit).filter(Boolean))];
    const posCodes = [...new Set(records.map((r) => r.values.kode_jabatan).filter(Boolean))];
    const nips = [...new Set(records.flatMap((r) => [r.values.nip, r.values.nip_atasan]).filter(Boolean).map(normaliseNip).filter((n) => /^\d{18}$/.test(n)))];
    const vis = this.scope.unitVisibilitySql(p, 'u', 2);
    const units: { code: string; id: string; in_scope: boolean }[] = await this.ds.query(
      `SELECT u.code, u.id, ${vis.sql} AS in_scope FROM unit u WHERE u.code = ANY($1::text[])`, [codes, ...vis.params]);
    const positions: { code: string; id: string }[] = await this.ds.query(`SELECT code, id FROM position WHERE code = ANY($1::text[])`, [posCodes]);
    const existing: { nip: string; in_scope: boolean }[] = await this.ds.query(
      `SELECT e.nip, ${vis.sql} AS in_scope FROM employee e JOIN unit u ON u.id = e.unit_id WHERE e.nip = ANY($1::char(18)[])`, [nips, ...vis.params]);
    const unitMap = new Map<string, { id: string; inScope: boolean }[]>();
    for (const u of units) unitMap.set(u.code, [...(unitMap.get(u.code) ?? []), { id: u.id, inScope: u.in_scope }]);
    return {
      units: unitMap,
      positions: new Map(positions.map((x) => [x.code, x.id])),
      existing: new Map(existing.map((x) => [x.nip, { inScope: x.in_scope }])),
    };
  }

  private rejected(report: ImportReport): ProblemException {
    const ex = new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED',
      `Impor dibatalkan: ${report.errors.length} kesalahan pada berkas; tidak ada data yang disimpan`,
      { errors: report.errors.slice(0, 500).map((e: ImportRowError) => ({ field: e.column, message: `baris ${e.row}: ${e.message}` })) });
    Object.assign(ex.getResponse() as object, { report });
    return ex;
  }

  private async execute(p: Principal, jobId: string, rows: ImportRow[], report: ImportReport): Promise<void> {
    const qr = this.ds.createQueryRunner();
    const t0 = Date.now();
    let locked = false;
    try {
      await qr.connect();
      await holdImportLock(qr, jobId);
      locked = true;
      await qr.startTransaction();
      let created = 0;
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK);
        const col = <K extends keyof ImportRow>(k: K) => chunk.map((r) => r[k]);
        // Unchanged rows are left alone (no version bump), so re-importing the same file is harmless.
        const res: { inserted: boolean }[] = await qr.query(
          `INSERT INTO employee (nip, name, front_title, back_title, gender, birth_date, birth_place, golongan, employment_type,
                                 unit_id, position_id, email, phone)
           SELECT * FROM unnest($1::char(18)[], $2::text[], $3::text[], $4::text[], $5::char(1)[], $6::date[], $7::text[], $8::text[],
                                $9::text[], $10::uuid[], $11::uuid[], $12::text[], $13::text[])
           ON CONFLICT (nip) DO UPDATE SET
             name = EXCLUDED.name, front_title = EXCLUDED.front_title, back_title = EXCLUDED.back_title, gender = EXCLUDED.gender,
             birth_date = EXCLUDED.birth_date, birth_place = EXCLUDED.birth_place, golongan = EXCLUDED.golongan,
             employment_type = EXCLUDED.employment_type, unit_id = EXCLUDED.unit_id, position_id = EXCLUDED.position_id,
             email = EXCLUDED.email, phone = EXCLUDED.phone, version = employee.version + 1, updated_at = now()
           WHERE (employee.name, employee.front_title, employee.back_title, employee.gender, employee.birth_date, employee.birth_place,
                  employee.golongan, employee.employment_type, employee.unit_id, employee.position_id, employee.email, employee.phone)
             IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.front_title, EXCLUDED.back_title, EXCLUDED.gender, EXCLUDED.birth_date,
                  EXCLUDED.birth_place, EXCLUDED.golongan, EXCLUDED.employment_type, EXCLUDED.unit_id, EXCLUDED.position_id,
                  EXCLUDED.email, EXCLUDED.phone)
           RETURNING (xmax = 0) AS inserted`,
          [col('nip'), col('name'), col('frontTitle'), col('backTitle'), col('gender'), col('birthDate'), col('birthPlace'), col('golongan'),
            col('employmentType'), col('unitId'), col('positionId'), col('email'), col('phone')],
        );
        created += res.filter((r) => r.inserted).length;
        // Progress goes through the pool, outside this transaction, so pollers see it before the commit.
        await this.ds.query(`UPDATE import_job SET processed = $2 WHERE id = $1`, [jobId, Math.min(i + IMPORT_CHUNK, rows.length)]);
      }
      const nips = rows.map((r) => r.nip);
      await qr.query(
        `UPDATE employee e SET supervisor_id = s.id, version = e.version + 1, updated_at = now()
           FROM unnest($1::char(18)[], $2::char(18)[]) AS m(nip, sup) LEFT JOIN employee s ON s.nip = m.sup
          WHERE e.nip = m.nip AND e.supervisor_id IS DISTINCT FROM s.id`,
        [nips, rows.map((r) => r.supervisorNip)],
      );
      const cycle = await qr.query(
        `WITH RECURSIVE chain(start, sup, depth) AS (
           SELECT id, supervisor_id, 1 FROM employee WHERE nip = ANY($1::char(18)[]) AND supervisor_id IS NOT NULL
           UNION ALL SELECT c.start, e.supervisor_id, c.depth + 1 FROM chain c JOIN employee e ON e.id = c.sup
            WHERE c.sup <> c.start AND e.supervisor_id IS NOT NULL AND c.depth < 50)
         SELECT e.nip FROM chain c JOIN employee e ON e.id = c.start WHERE c.sup = c.start LIMIT 1`, [nips]);
      if (cycle.length) throw new Error(`Rantai atasan membentuk lingkaran pada NIP ${cycle[0].nip}`);
      await qr.query(
        `UPDATE employee_history h SET effective_to = greatest(current_date, h.effective_from)
           FROM employee e
          WHERE e.nip = ANY($1::char(18)[]) AND h.employee_id = e.id AND h.effective_to IS NULL
            AND (h.unit_id <> e.unit_id OR h.position_id IS DISTINCT FROM e.position_id)`, [nips]);
      await qr.query(
        `INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason)
         SELECT e.id, e.unit_id, e.position_id, current_date, 'Impor data pegawai'
           FROM employee e
          WHERE e.nip = ANY($1::char(18)[])
            AND NOT EXISTS (SELECT 1 FROM employee_history h WHERE h.employee_id = e.id AND h.effective_to IS NULL)`, [nips]);
      const final: ImportReport = { ...report, created, updated: rows.length - created };
      await this.audit.record(qr.manager, p, { action: 'IMPORT', entity: 'employee', entityId: null, after: { jobId, totalRows: rows.length, created, updated: final.updated } });
      await qr.commitTransaction();
      await this.ds.query(`UPDATE import_job SET status = 'SUCCEEDED', processed = total, report = $2, finished_at = now() WHERE id = $1`, [jobId, final]);
      this.log.log(`Import ${jobId}: ${rows.length} rows (${created} new) in ${Date.now() - t0} ms`);
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      const message = e instanceof Error && e.message.startsWith('Rantai') ? e.message : 'Impor gagal; tidak ada data yang disimpan';
      this.log.error(`Import ${jobId} failed: ${e instanceof Error ? e.message : String(e)}`);
      await this.ds.query(`UPDATE import_job SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [jobId, message]).catch(() => undefined);
    } finally {
      if (locked) await releaseImportLock(qr, jobId);
      await qr.release();
    }
  }
}
