import { EMPLOYEE_IMPORT_COLUMNS, type EmploymentType, type Gender, type ImportRowError } from '@kompeten/shared/contract';
import { isRealDate, normaliseNip } from '@kompeten/shared/domain';
import { employeeFieldProblems } from '../employee-rules';
import type { Sheet } from './sheet-parse';

export type ImportColumn = (typeof EMPLOYEE_IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['nip', 'nama', 'jenis_kelamin', 'tanggal_lahir', 'golongan', 'jenis_pegawai', 'kode_unit'];
export const MAX_IMPORT_ROWS = 20_000;

export interface RawRecord {
  /** Spreadsheet row number (header = 1). */
  row: number;
  values: Record<ImportColumn, string>;
}

/** A valid row, ready for the database. */
export interface ImportRow {
  row: number;
  nip: string; name: string; frontTitle: string | null; backTitle: string | null; gender: Gender; birthDate: string;
  birthPlace: string | null; golongan: string; employmentType: EmploymentType; unitId: string; positionId: string | null;
  supervisorNip: string | null; email: string | null; phone: string | null;
}

/** What the database knows, looked up once for the whole file. */
export interface ImportLookups {
  /** Unit code → units with that code (codes are unique per agency) and whether the caller manages each. */
  units: Map<string, { id: string; inScope: boolean }[]>;
  /** Position code → id. */
  positions: Map<string, string>;
  /** NIPs already registered → whether their current unit is in the caller's scope. */
  existing: Map<string, { inScope: boolean }>;
}

/** Header check and the data rows as records; empty rows are skipped but keep their row numbers. */
export function readRecords(sheet: Sheet): { records: RawRecord[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const header = (sheet[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const index = new Map<string, number>();
  header.forEach((h, i) => { if (h) index.set(h, i); });
  for (const col of REQUIRED) if (!index.has(col)) errors.push({ row: 1, column: col, message: `kolom ${col} tidak ada pada baris judul` });
  for (const h of index.keys()) {
    if (!(EMPLOYEE_IMPORT_COLUMNS as readonly string[]).includes(h)) errors.push({ row: 1, column: h, message: `kolom ${h} tidak dikenal; gunakan templat` });
  }
  if (errors.length) return { records: [], errors };
  const records: RawRecord[] = [];
  for (let i = 1; i < sheet.length; i++) {
    const cells = sheet[i];
    if (!cells.some((c) => c?.trim())) continue;
    const values = {} as Record<ImportColumn, string>;
    for (const col of EMPLOYEE_IMPORT_COLUMNS) values[col] = (cells[index.get(col) ?? -1] ?? '').trim();
    records.push({ row: i + 1, values });
  }
  if (records.length > MAX_IMPORT_ROWS) {
    return { records: [], errors: [{ row: MAX_IMPORT_ROWS + 2, column: 'nip', message: `paling banyak ${MAX_IMPORT_ROWS} baris per berkas` }] };
  }
  if (!records.length) errors.push({ row: 2, column: 'nip', message: 'berkas tidak berisi baris data' });
  return { records, errors };
}

/** YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY (the short forms Indonesian offices use) → YYYY-MM-DD. */
export function parseDate(s: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) [d, mo, y] = [+m[1], +m[2], +m[3]];
  else return null;
  if (!isRealDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseGender(s: string): Gender | null {
  const v = s.trim().toLowerCase();
  if (['l', 'laki-laki', 'laki laki', 'pria', '1'].includes(v)) return 'L';
  if (['p', 'perempuan', 'wanita', '2'].includes(v)) return 'P';
  return null;
}

/** "iii/b" → "III/b", "ix" → "IX". */
export function normaliseGolongan(s: string): string {
  const [g, r] = s.trim().split('/');
  return r !== undefined ? `${g.toUpperCase()}/${r.toLowerCase()}` : g.toUpperCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const NIP_FIELD_TO_COLUMN: Record<string, ImportColumn> = { nip: 'nip', golongan: 'golongan' };

/** Validates every row against the rules and the lookups; returns the good rows and every error. */
export function validateRecords(records: RawRecord[], lookups: ImportLookups): { rows: ImportRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const rows: ImportRow[] = [];
  const firstRowOfNip = new Map<string, number>();
  for (const r of records) firstRowOfNip.set(normaliseNip(r.values.nip), firstRowOfNip.get(normaliseNip(r.values.nip)) ?? r.row);
  for (const { row, values: v } of records) {
    const before = errors.length;
    const err = (column: ImportColumn, message: string) => errors.push({ row, column, message });
    const nip = normaliseNip(v.nip);
    if (!v.nama) err('nama', 'wajib diisi');
    const gender = parseGender(v.jenis_kelamin);
    if (!gender) err('jenis_kelamin', 'harus L (laki-laki) atau P (perempuan)');
    const birthDate = parseDate(v.tanggal_lahir);
    if (!birthDate) err('tanggal_lahir', 'harus tanggal yang valid (YYYY-MM-DD atau DD-MM-YYYY)');
    const type = v.jenis_pegawai.toUpperCase() as EmploymentType;
    const typeOk = ['PNS', 'CPNS', 'PPPK'].includes(type);
    if (!typeOk) err('jenis_pegawai', 'harus PNS, CPNS atau PPPK');
    const golongan = normaliseGolongan(v.golongan);
    if (!v.golongan) err('golongan', 'wajib diisi');
    if (!nip) err('nip', 'wajib diisi');
    else if (firstRowOfNip.get(nip) !== row) err('nip', `NIP ganda dalam berkas (sama dengan baris ${firstRowOfNip.get(nip)})`);
    if (nip && gender && birthDate && typeOk && v.golongan) {
      for (const p of employeeFieldProblems({ nip, birthDate, gender, employmentType: type, golongan })) err(NIP_FIELD_TO_COLUMN[p.field] ?? 'nip', p.message);
    }
    if (nip && lookups.existing.get(nip)?.inScope === false) err('nip', 'pegawai dengan NIP ini terdaftar di unit di luar cakupan Anda');
    let unitId: string | null = null;
    const units = v.kode_unit ? lookups.units.get(v.kode_unit) ?? [] : [];
    if (!v.kode_unit) err('kode_unit', 'wajib diisi');
    else if (!units.length) err('kode_unit', `unit dengan kode ${v.kode_unit} tidak ditemukan`);
    else {
      const inScope = units.filter((u) => u.inScope);
      if (!inScope.length) err('kode_unit', `unit ${v.kode_unit} di luar cakupan Anda`);
      else if (inScope.length > 1) err('kode_unit', `kode unit ${v.kode_unit} dipakai di lebih dari satu instansi`);
      else unitId = inScope[0].id;
    }
    let positionId: string | null = null;
    if (v.kode_jabatan) {
      positionId = lookups.positions.get(v.kode_jabatan) ?? null;
      if (!positionId) err('kode_jabatan', `jabatan dengan kode ${v.kode_jabatan} tidak ditemukan`);
    }
    const supervisorNip = v.nip_atasan ? normaliseNip(v.nip_atasan) : null;
    if (supervisorNip) {
      if (supervisorNip === nip) err('nip_atasan', 'atasan tidak boleh pegawai itu sendiri');
      else if (!firstRowOfNip.has(supervisorNip) && !lookups.existing.has(supervisorNip)) err('nip_atasan', `NIP atasan ${supervisorNip} tidak ditemukan di basis data maupun di berkas`);
    }
    if (v.email && !EMAIL.test(v.email)) err('email', 'alamat email tidak valid');
    if (v.telepon && !PHONE.test(v.telepon)) err('telepon', 'nomor telepon hanya angka, spasi, tanda kurung atau strip (6–20)');
    if (errors.length === before && gender && birthDate && unitId) {
      rows.push({
        row, nip, name: v.nama, frontTitle: v.gelar_depan || null, backTitle: v.gelar_belakang || null, gender, birthDate,
        birthPlace: v.tempat_lahir || null, golongan, employmentType: type, unitId, positionId, supervisorNip,
        email: v.email || null, phone: v.telepon || null,
      });
    }
  }
  errors.push(...supervisorCycles(records));
  return { rows, errors: errors.sort((a, b) => a.row - b.row) };
}

/** Rows whose chain of nip_atasan inside the file comes back to themselves. */
function supervisorCycles(records: RawRecord[]): ImportRowError[] {
  const sup = new Map(records.map((r) => [normaliseNip(r.values.nip), r.values.nip_atasan ? normaliseNip(r.values.nip_atasan) : null]));
  const errors: ImportRowError[] = [];
  for (const r of records) {
    const start = normaliseNip(r.values.nip);
    let cur = sup.get(start) ?? null;
    if (cur === start) continue; // reported as "atasan tidak boleh pegawai itu sendiri"
    for (let steps = 0; cur && steps <= records.length; steps++) {
      if (cur === start) { errors.push({ row: r.row, column: 'nip_atasan', message: 'rantai atasan membentuk lingkaran' }); break; }
      cur = sup.get(cur) ?? null;
    }
  }
  return errors;
}
