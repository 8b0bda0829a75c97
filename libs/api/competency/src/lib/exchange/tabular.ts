import { COMPETENCY_KINDS, type CompetencyKind } from '@kompeten/shared/contract';
import { neutraliseFormula, restoreNeutralised } from './formula-guard';
import type { FrameworkSnapshot } from './framework-snapshot';
import { CODE_PATTERN, LEVEL_MAX, LEVEL_MIN, type ExchangeIssue, type ImportCompetency, type ImportGroup, type ImportLevel, type ImportPlan } from './import-model';
import { writeCsv, writeXlsx, type Sheet } from './sheet-io';

/** The flat sheet: one row per competency level, group and competency repeated on each row. */
export const TABULAR_COLUMNS = [
  'kelompok_kode', 'kelompok_nama', 'jenis', 'kode', 'nama', 'definisi', 'level', 'didefinisikan', 'judul_level', 'deskripsi_level', 'indikator',
] as const;
type Column = (typeof TABULAR_COLUMNS)[number];

/** Indicators share one cell. */
export const INDICATOR_SEPARATOR = ' | ';
const NAME_MAX = 200;

/** Header + one row per level 1–5 of every competency, in the framework's order, formula-safe. */
export function tabularRows(s: FrameworkSnapshot): Sheet {
  const groups = new Map(s.groups.map((g) => [g.id, g]));
  const rows: Sheet = [[...TABULAR_COLUMNS]];
  for (const c of s.competencies) {
    const g = groups.get(c.groupId);
    for (let n = LEVEL_MIN; n <= LEVEL_MAX; n++) {
      const l = c.levels.find((x) => x.level === n);
      const defined = !!l?.defined;
      rows.push([
        g?.code ?? '', g?.name ?? '', c.kind, c.code, c.name, c.definition, String(n), defined ? 'ya' : 'tidak',
        defined ? l.title : '', defined ? l.description : '', defined ? l.indicators.join(INDICATOR_SEPARATOR) : '',
      ].map(neutraliseFormula));
    }
  }
  return rows;
}

export const tabularCsv = (s: FrameworkSnapshot): Buffer => writeCsv(tabularRows(s));

export const tabularXlsx = (s: FrameworkSnapshot): Promise<Buffer> =>
  writeXlsx(tabularRows(s), {
    sheetName: 'Kamus Kompetensi',
    widths: { kelompok_kode: 16, kelompok_nama: 28, jenis: 18, kode: 10, nama: 30, definisi: 60, level: 7, didefinisikan: 13, judul_level: 40, deskripsi_level: 60, indikator: 80 },
    numeric: ['level'],
  });

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah']);

function kindOf(v: string): CompetencyKind | null {
  const k = v.toUpperCase().replace(/[\s-]+/g, '_');
  return (COMPETENCY_KINDS as readonly string[]).includes(k) ? (k as CompetencyKind) : null;
}

interface GroupAcc { code: string; name: string; kind: CompetencyKind | null; row: number }
interface CompAcc { code: string; name: string; definition: string; groupCode: string; row: number; levels: Map<number, ImportLevel & { row: number }> }

/**
 * Flat sheet → import model. Every problem names the spreadsheet row (header = row 1) and column.
 * Group and competency columns repeat on each level row: a blank repeats the value above, a
 * different value is an error (the file would say two things at once).
 */
export function planTabularImport(sheet: Sheet): ImportPlan {
  const warnings: ExchangeIssue[] = [];
  const errors: ExchangeIssue[] = [];
  const empty: ImportPlan = { model: { framework: { caseIdentifier: null, code: null, name: null }, groups: [], competencies: [] }, warnings, errors };
  const header = (sheet[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const col = new Map<string, number>();
  header.forEach((h, i) => { if (h && !col.has(h)) col.set(h, i); });
  for (const c of TABULAR_COLUMNS) if (!col.has(c)) errors.push({ row: 1, field: c, message: 'kolom wajib tidak ada di baris judul' });
  header.forEach((h, i) => {
    if (h && !(TABULAR_COLUMNS as readonly string[]).includes(h)) warnings.push({ row: 1, field: h, message: `kolom ${i + 1} tidak dikenal; diabaikan` });
  });
  if (errors.length) return empty;

  const groups = new Map<string, GroupAcc>();
  const comps = new Map<string, CompAcc>();
  for (let r = 1; r < sheet.length; r++) {
    const cells = sheet[r];
    const row = r + 1;
    const get = (c: Column) => restoreNeutralised((cells[col.get(c) as number] ?? '').trim());
    if (TABULAR_COLUMNS.every((c) => !get(c))) continue;
    const err = (field: Column, message: string) => errors.push({ row, field, message });

    const groupCode = get('kelompok_kode');
    const code = get('kode');
    if (!groupCode) err('kelompok_kode', 'wajib diisi');
    else if (!CODE_PATTERN.test(groupCode)) err('kelompok_kode', 'kode 1–40 karakter: huruf, angka, titik, garis bawah atau strip');
    if (!code) err('kode', 'wajib diisi');
    else if (!CODE_PATTERN.test(code)) err('kode', 'kode 1–40 karakter: huruf, angka, titik, garis bawah atau strip');
    const kindText = get('jenis');
    const kind = kindText ? kindOf(kindText) : null;
    if (kindText && !kind) err('jenis', 'harus MANAJERIAL, SOSIAL_KULTURAL atau TEKNIS');
    if (!groupCode || !code || !CODE_PATTERN.test(groupCode) || !CODE_PATTERN.test(code)) continue;

    let g = groups.get(groupCode.toLowerCase());
    if (!g) {
      g = { code: groupCode, name: get('kelompok_nama'), kind, row };
      groups.set(groupCode.toLowerCase(), g);
    } else {
      g.name = same(g.name, get('kelompok_nama'), () => err('kelompok_nama', `berbeda dengan baris ${g?.row} untuk kelompok ${groupCode}`));
      if (kind && g.kind && kind !== g.kind) err('jenis', `berbeda dengan baris ${g.row} untuk kelompok ${groupCode}`);
      g.kind ??= kind;
    }

    let c = comps.get(code.toLowerCase());
    if (!c) {
      c = { code, name: get('nama'), definition: get('definisi'), groupCode: groupCode.toLowerCase(), row, levels: new Map() };
      comps.set(code.toLowerCase(), c);
    } else {
      const first = c.row;
      if (c.groupCode !== groupCode.toLowerCase()) err('kelompok_kode', `kompetensi ${code} sudah ada di kelompok lain (baris ${first})`);
      c.name = same(c.name, get('nama'), () => err('nama', `berbeda dengan baris ${first} untuk kompetensi ${code}`));
      c.definition = same(c.definition, get('definisi'), () => err('definisi', `berbeda dengan baris ${first} untuk kompetensi ${code}`));
    }

    const levelText = get('level');
    const level = /^\d+$/.test(levelText) ? Number(levelText) : NaN;
    if (!levelText) { err('level', 'wajib diisi'); continue; }
    if (!Number.isInteger(level) || level < LEVEL_MIN || level > LEVEL_MAX) { err('level', `harus bilangan ${LEVEL_MIN}–${LEVEL_MAX}`); continue; }
    const dup = c.levels.get(level);
    if (dup) { err('level', `level ${level} kompetensi ${code} sudah ada di baris ${dup.row}`); continue; }

    const definedText = get('didefinisikan').toLowerCase();
    const title = get('judul_level');
    const description = get('deskripsi_level');
    const indicators = get('indikator').split('|').map((s) => s.trim()).filter(Boolean);
    let defined: boolean;
    if (!definedText) defined = !!description;
    else if (YES.has(definedText)) defined = true;
    else if (NO.has(definedText)) defined = false;
    else { err('didefinisikan', 'harus "ya" atau "tidak"'); continue; }
    if (defined && !description) { err('deskripsi_level', 'wajib diisi untuk level yang didefinisikan'); continue; }
    if (!defined && (title || description || indicators.length)) warnings.push({ row, field: 'didefinisikan', message: `level ${level} tidak didefinisikan; judul, deskripsi dan indikatornya diabaikan` });
    c.levels.set(level, { level, defined, title: defined ? title : '', description: defined ? description : '', indicators: defined ? indicators : [], caseIdentifier: null, row });
  }

  for (const g of groups.values()) {
    if (!g.name) errors.push({ row: g.row, field: 'kelompok_nama', message: `wajib diisi untuk kelompok ${g.code}` });
    else if (g.name.length > NAME_MAX) errors.push({ row: g.row, field: 'kelompok_nama', message: `paling banyak ${NAME_MAX} karakter` });
    if (!g.kind) errors.push({ row: g.row, field: 'jenis', message: `wajib diisi untuk kelompok ${g.code}` });
  }
  for (const c of comps.values()) {
    if (!c.name) errors.push({ row: c.row, field: 'nama', message: `wajib diisi untuk kompetensi ${c.code}` });
    else if (c.name.length > NAME_MAX) errors.push({ row: c.row, field: 'nama', message: `paling banyak ${NAME_MAX} karakter` });
    if (![...c.levels.values()].some((l) => l.defined)) errors.push({ row: c.row, field: 'didefinisikan', message: `kompetensi ${c.code} harus punya minimal satu level yang didefinisikan` });
  }
  if (!comps.size && !errors.length) errors.push({ row: 2, field: 'kode', message: 'berkas tidak berisi kompetensi' });

  const groupList: ImportGroup[] = [...groups.values()].map((g, i) => ({
    key: `code:${g.code.toLowerCase()}`, caseIdentifier: null, code: g.code, name: g.name, kind: g.kind ?? 'TEKNIS', sortOrder: i,
  }));
  const perGroup = new Map<string, number>();
  const competencies: ImportCompetency[] = [...comps.values()].map((c) => {
    const sortOrder = perGroup.get(c.groupCode) ?? 0;
    perGroup.set(c.groupCode, sortOrder + 1);
    return {
      caseIdentifier: null, code: c.code, name: c.name, definition: c.definition, groupKey: `code:${c.groupCode}`, sortOrder,
      levels: [...c.levels.values()].sort((a, b) => a.level - b.level)
        .map((l): ImportLevel => ({ level: l.level, defined: l.defined, title: l.title, description: l.description, indicators: l.indicators, caseIdentifier: null })),
    };
  });
  return { model: { framework: { caseIdentifier: null, code: null, name: null }, groups: groupList, competencies }, warnings, errors };
}

/** A repeated cell: blank keeps the first value, a different value is reported. */
function same(first: string, next: string, onConflict: () => void): string {
  if (!first) return next;
  if (next && next !== first) onConflict();
  return first;
}
