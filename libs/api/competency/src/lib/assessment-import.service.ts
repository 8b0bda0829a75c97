import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import type { AssessmentMethod, ImportRowError } from '@kompeten/shared/contract';
import { normaliseNip } from '@kompeten/shared/domain';
import { AuditService, fieldProblem, Principal, ProblemException } from '@kompeten/api/core';
import { ScopeService } from '@kompeten/api/organisation';
import { readXlsx, writeCsv, writeXlsx, type Sheet } from './exchange/sheet-io';
import { restoreNeutralised } from './exchange/formula-guard';
import { refreshCurrentLevels } from './current-level.sql';
import { PolicyService } from './policy.service';

/** Columns of the assessment-centre import file, in template order. */
export const ASSESSMENT_IMPORT_COLUMNS = ['nip', 'kode_kompetensi', 'level', 'tanggal_penilaian', 'berlaku_sampai', 'metode', 'catatan'] as const;
export type AssessmentImportColumn = (typeof ASSESSMENT_IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: AssessmentImportColumn[] = ['nip', 'kode_kompetensi', 'level', 'tanggal_penilaian'];
/** Methods an assessment-centre file may carry (the others are recorded through their own flows). */
export const IMPORT_METHODS = ['ASSESSMENT_CENTER', 'TEST', 'FEEDBACK_360'] as const satisfies readonly AssessmentMethod[];
export const ASSESSMENT_IMPORT_MAX_ROWS = 20_000;
const INSERT_CHUNK = 1000;
const REFRESH_CHUNK = 500;

export interface AssessmentImportReport {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  /** Assessments written (0 on a dry run). */
  created: number;
  /** Distinct employees the file touches. */
  employees: number;
  errors: ImportRowError[];
}

export interface UploadedAssessmentFile {
  originalname: string;
  buffer: Buffer;
}

interface ValidRow {
  employeeId: string; competencyId: string; lineageId: string; frameworkId: string; level: number;
  method: AssessmentMethod; assessedAt: string; validUntil: string | null; note: string | null;
}

const TEMPLATE_EXAMPLE: Record<AssessmentImportColumn, string> = {
  nip: '198609262015051001', kode_kompetensi: 'M.01', level: '3', tanggal_penilaian: '2026-03-15',
  berlaku_sampai: '2029-03-15', metode: 'ASSESSMENT_CENTER', catatan: 'Hasil asesmen UPT Asesmen BKD',
};

/** CSV as spreadsheets save it (BOM, `;` or `,`), keeping blank lines so row numbers match the spreadsheet. */
function readCsvRows(buf: Buffer): Sheet {
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

/** YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY → ISO date, or null when not a real calendar date. */
export function parseImportDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!m) return null;
    d = +m[1]; mo = +m[2]; y = +m[3];
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d || y < 1950) return null;
  return dt.toISOString().slice(0, 10);
}

const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');
const methodKey = (m: string) => m.trim().toUpperCase().replace(/[\s-]+/g, '_').replace(/^360$/, 'FEEDBACK_360');

/**
 * Assessment-centre results from CSV/XLSX. Every row is validated against three set-based look-ups
 * (employees with scope, competency codes of published frameworks, the policy); a real run is one
 * transaction: chunked multi-row inserts, refreshCurrentLevels for the affected employees in chunks,
 * one audit row — all or nothing.
 */
@Injectable()
export class AssessmentImportService {
  private readonly log = new Logger('AssessmentImport');
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    const rows: Sheet = [[...ASSESSMENT_IMPORT_COLUMNS], ASSESSMENT_IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c])];
    if (format === 'csv') return writeCsv(rows);
    return writeXlsx(rows, {
      sheetName: 'Hasil Asesmen',
      widths: { nip: 22, kode_kompetensi: 18, level: 8, tanggal_penilaian: 18, berlaku_sampai: 18, metode: 22, catatan: 40 },
      numeric: ['level'],
    });
  }

  private async read(file: UploadedAssessmentFile | undefined): Promise<Sheet> {
    if (!file) throw fieldProblem('file', 'berkas wajib diunggah pada field "file"');
    const name = file.originalname.toLowerCase();
    if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Berkas harus berformat .csv atau .xlsx',
        { errors: [{ field: 'file', message: 'format harus .csv atau .xlsx' }] });
    }
    try {
      return name.endsWith('.csv') ? readCsvRows(file.buffer) : await readXlsx(file.buffer);
    } catch {
      throw fieldProblem('file', `berkas ${name.endsWith('.csv') ? 'CSV' : 'XLSX'} tidak dapat dibaca`);
    }
  }

  /** Validates every row; unless dry run (or with errors), writes them in one transaction. */
  async run(p: Principal, file: UploadedAssessmentFile | undefined, dryRun: boolean): Promise<{ status: number; report: AssessmentImportReport }> {
    const sheet = await this.read(file);
    const { rows, errors, total } = await this.validate(p, sheet);
    const report: AssessmentImportReport = {
      dryRun, totalRows: total, validRows: rows.length, created: 0, employees: new Set(rows.map((r) => r.employeeId)).size, errors,
    };
    if (dryRun) return { status: HttpStatus.OK, report };
    if (errors.length || !rows.length) {
      const ex = new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED',
        errors.length ? `Impor dibatalkan: ${errors.length} kesalahan pada berkas; tidak ada data yang disimpan` : 'Berkas tidak memuat baris data',
        { errors: errors.length ? errors.slice(0, 500).map((e) => ({ field: e.column, message: `baris ${e.row}: ${e.message}` })) : [{ field: 'file', message: 'tidak ada baris data' }] });
      Object.assign(ex.getResponse() as object, { report });
      throw ex;
    }
    const t0 = Date.now();
    await this.ds.transaction(async (em) => {
      const pol = await this.policy.get(em);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK);
        const col = <K extends keyof ValidRow>(k: K) => chunk.map((r) => r[k]);
        await em.query(
          `INSERT INTO competency_assessment (employee_id, competency_id, lineage_id, framework_id, level, method, assessor_user_id, assessor_name,
                                              assessed_at, valid_until, status, note, source_ref)
           SELECT t.employee_id, t.competency_id, t.lineage_id, t.framework_id, t.level, t.method, $10, $11, t.assessed_at,
                  coalesce(t.valid_until, (t.assessed_at + make_interval(months => $12::int))::date), 'FINAL', t.note, $13
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::text[], $7::date[], $8::date[], $9::text[])
                  AS t(employee_id, competency_id, lineage_id, framework_id, level, method, assessed_at, valid_until, note)`,
          [col('employeeId'), col('competencyId'), col('lineageId'), col('frameworkId'), col('level'), col('method'), col('assessedAt'),
            col('validUntil'), col('note'), p.id, p.displayName, pol.defaultValidityMonths, `import:${file?.originalname ?? ''}`.slice(0, 300)]);
      }
      const employees = [...new Set(rows.map((r) => r.employeeId))];
      for (let i = 0; i < employees.length; i += REFRESH_CHUNK) {
        await refreshCurrentLevels(em, employees.slice(i, i + REFRESH_CHUNK), pol.levelPolicy, pol.countSelf);
      }
      await this.audit.record(em, p, {
        action: 'IMPORT', entity: 'competency_assessment', entityId: null,
        after: { file: file?.originalname ?? null, rows: rows.length, employees: employees.length, methods: [...new Set(rows.map((r) => r.method))] },
      });
    });
    this.log.log(`Assessment import: ${rows.length} rows for ${report.employees} employees in ${Date.now() - t0} ms`);
    return { status: HttpStatus.CREATED, report: { ...report, created: rows.length } };
  }

  private async validate(p: Principal, sheet: Sheet): Promise<{ rows: ValidRow[]; errors: ImportRowError[]; total: number }> {
    const errors: ImportRowError[] = [];
    const [head = [], ...body] = sheet;
    const header = head.map(headerKey);
    const index = new Map<string, number>();
    header.forEach((h, i) => {
      if (!h) return;
      if (!(ASSESSMENT_IMPORT_COLUMNS as readonly string[]).includes(h)) errors.push({ row: 1, column: head[i], message: `kolom tidak dikenal; kolom yang dikenali: ${ASSESSMENT_IMPORT_COLUMNS.join(', ')}` });
      else if (index.has(h)) errors.push({ row: 1, column: h, message: 'kolom ganda' });
      else index.set(h, i);
    });
    for (const c of REQUIRED_COLUMNS) if (!index.has(c)) errors.push({ row: 1, column: c, message: 'kolom wajib tidak ada' });
    // Spreadsheet row numbers: header = 1, so body[i] is row i + 2; blank lines are skipped but counted.
    const records = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => (c ?? '').trim() !== ''));
    if (errors.length) return { rows: [], errors, total: records.length };
    if (records.length > ASSESSMENT_IMPORT_MAX_ROWS) {
      return { rows: [], errors: [{ row: 1, column: 'file', message: `maksimum ${ASSESSMENT_IMPORT_MAX_ROWS} baris per berkas` }], total: records.length };
    }
    const get = (cells: string[], c: AssessmentImportColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : restoreNeutralised((cells[i] ?? '').trim());
    };

    // Look-ups for the whole file: employees (with HR scope) and competency codes of published frameworks.
    const nips = [...new Set(records.map((r) => normaliseNip(get(r.cells, 'nip'))).filter((n) => /^\d{18}$/.test(n)))];
    const codes = [...new Set(records.map((r) => get(r.cells, 'kode_kompetensi').toUpperCase()).filter(Boolean))];
    const vis = this.scope.unitVisibilitySql(p, 'u', 2);
    const emps: { nip: string; id: string; in_scope: boolean }[] = nips.length ? await this.ds.query(
      `SELECT e.nip, e.id, ${vis.sql} AS in_scope FROM employee e JOIN unit u ON u.id = e.unit_id WHERE e.nip = ANY($1::char(18)[])`, [nips, ...vis.params]) : [];
    const comps: { ucode: string; id: string; lineage_id: string; framework_id: string; framework_code: string; defined: number[] }[] = codes.length ? await this.ds.query(
      `SELECT upper(c.code) AS ucode, c.id, c.lineage_id, c.framework_id, f.code AS framework_code,
              coalesce(array_agg(l.level ORDER BY l.level) FILTER (WHERE l.defined), '{}') AS defined
         FROM competency c JOIN competency_framework f ON f.id = c.framework_id AND f.status = 'PUBLISHED'
         LEFT JOIN competency_level l ON l.competency_id = c.id
        WHERE upper(c.code) = ANY($1::text[]) GROUP BY c.id, f.code`, [codes]) : [];
    const empByNip = new Map(emps.map((e) => [e.nip, e]));
    const compsByCode = new Map<string, typeof comps>();
    for (const c of comps) compsByCode.set(c.ucode, [...(compsByCode.get(c.ucode) ?? []), c]);
    const today = new Date().toISOString().slice(0, 10);
    const seen = new Map<string, number>();
    const rows: ValidRow[] = [];

    for (const { row, cells } of records) {
      const err = (column: AssessmentImportColumn, message: string) => errors.push({ row, column, message });
      const before = errors.length;
      const nipRaw = get(cells, 'nip');
      const nip = normaliseNip(nipRaw);
      const emp = empByNip.get(nip);
      if (!nipRaw) err('nip', 'wajib diisi');
      else if (!/^\d{18}$/.test(nip)) err('nip', 'NIP harus 18 digit');
      else if (!emp) err('nip', 'NIP tidak terdaftar');
      else if (!emp.in_scope) err('nip', 'pegawai di luar cakupan Anda');

      const code = get(cells, 'kode_kompetensi');
      const matches = compsByCode.get(code.toUpperCase()) ?? [];
      let comp: (typeof comps)[number] | undefined;
      if (!code) err('kode_kompetensi', 'wajib diisi');
      else if (!matches.length) err('kode_kompetensi', `kode ${code} tidak ada pada kamus yang terbit`);
      else if (matches.length > 1) err('kode_kompetensi', `kode ${code} ada di lebih dari satu kamus terbit (${matches.map((m) => m.framework_code).join(', ')})`);
      else comp = matches[0];

      const levelRaw = get(cells, 'level');
      const level = /^\d+$/.test(levelRaw) ? Number(levelRaw) : NaN;
      if (!levelRaw) err('level', 'wajib diisi');
      else if (!Number.isInteger(level) || level < 1 || level > 5) err('level', 'level harus bilangan bulat 1–5');
      else if (comp && !comp.defined.includes(level)) err('level', `level ${level} tidak didefinisikan untuk ${comp.ucode}; level yang didefinisikan: ${comp.defined.join(', ')}`);

      const dateRaw = get(cells, 'tanggal_penilaian');
      const assessedAt = dateRaw ? parseImportDate(dateRaw) : null;
      if (!dateRaw) err('tanggal_penilaian', 'wajib diisi');
      else if (!assessedAt) err('tanggal_penilaian', 'tanggal tidak valid; gunakan YYYY-MM-DD atau DD-MM-YYYY');
      else if (assessedAt > today) err('tanggal_penilaian', 'tidak boleh di masa depan');

      const untilRaw = get(cells, 'berlaku_sampai');
      const validUntil = untilRaw ? parseImportDate(untilRaw) : null;
      if (untilRaw && !validUntil) err('berlaku_sampai', 'tanggal tidak valid; gunakan YYYY-MM-DD atau DD-MM-YYYY');
      else if (validUntil && assessedAt && validUntil < assessedAt) err('berlaku_sampai', 'harus sama dengan atau setelah tanggal penilaian');

      const methodRaw = get(cells, 'metode');
      const method = (methodRaw ? methodKey(methodRaw) : 'ASSESSMENT_CENTER') as AssessmentMethod;
      if (!(IMPORT_METHODS as readonly string[]).includes(method)) err('metode', `metode harus salah satu dari ${IMPORT_METHODS.join(', ')}`);

      const note = get(cells, 'catatan');
      if (note.length > 2000) err('catatan', 'maksimum 2000 karakter');

      if (emp && comp) {
        const key = `${emp.id}|${comp.lineage_id}`;
        const first = seen.get(key);
        if (first !== undefined) err('kode_kompetensi', `NIP dan kode kompetensi yang sama sudah ada di baris ${first}`);
        else seen.set(key, row);
      }
      if (errors.length === before && emp && comp && assessedAt) {
        rows.push({
          employeeId: emp.id, competencyId: comp.id, lineageId: comp.lineage_id, frameworkId: comp.framework_id, level,
          method, assessedAt, validUntil, note: note || null,
        });
      }
    }
    return { rows, errors, total: records.length };
  }
}
