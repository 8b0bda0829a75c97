import { NATIONAL_FRAMEWORK } from '../reference';
import { neutraliseFormula, restoreNeutralised } from './formula-guard';
import { readCsv, readXlsx, writeCsv } from './sheet-io';
import { planTabularImport, TABULAR_COLUMNS, tabularCsv, tabularRows, tabularXlsx } from './tabular';
import type { FrameworkSnapshot } from './framework-snapshot';
import type { ImportModel } from './import-model';
import { referenceSnapshot } from './testing/reference-snapshot';

function expectedModel(s: FrameworkSnapshot): ImportModel {
  const groups = new Map(s.groups.map((g) => [g.id, g]));
  return {
    framework: { caseIdentifier: null, code: null, name: null },
    groups: s.groups.map((g, i) => ({ key: `code:${g.code.toLowerCase()}`, caseIdentifier: null, code: g.code, name: g.name, kind: g.kind, sortOrder: i })),
    competencies: s.competencies.map((c) => ({
      caseIdentifier: null, code: c.code, name: c.name, definition: c.definition, groupKey: `code:${groups.get(c.groupId)?.code.toLowerCase()}`, sortOrder: c.sortOrder,
      levels: c.levels.map((l) => ({ level: l.level, defined: l.defined, title: l.title, description: l.description, indicators: l.indicators, caseIdentifier: null })),
    })),
  };
}

const header = [...TABULAR_COLUMNS];
const row = (o: Partial<Record<(typeof TABULAR_COLUMNS)[number], string>>) => header.map((h) => o[h] ?? '');
const base = { kelompok_kode: 'TK', kelompok_nama: 'Teknis Kepegawaian', jenis: 'TEKNIS', kode: 'T.01', nama: 'Manajemen ASN', definisi: 'Mengelola ASN' };

describe('formula neutralisation', () => {
  it.each(['=SUM(A1)', '+62812', '-1', '@cmd', '\tx', '\rx'])('prefixes %j with a quote and restores it', (v) => {
    expect(neutraliseFormula(v)).toBe(`'${v}`);
    expect(restoreNeutralised(neutraliseFormula(v))).toBe(v);
  });
  it('leaves ordinary text and quotes alone', () => {
    expect(neutraliseFormula('Integritas')).toBe('Integritas');
    expect(neutraliseFormula('')).toBe('');
    expect(restoreNeutralised("'biasa")).toBe("'biasa");
  });
});

describe('tabular export/import', () => {
  const snap = referenceSnapshot(NATIONAL_FRAMEWORK);

  it('writes one row per competency level under the fixed header', () => {
    const rows = tabularRows(snap);
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(1 + snap.competencies.length * 5);
    expect(rows[1].slice(0, 9)).toEqual(['MANAJERIAL', 'Kompetensi Manajerial', 'MANAJERIAL', 'M.01', 'Integritas', snap.competencies[0].definition, '1', 'ya', snap.competencies[0].levels[0].title]);
    expect(rows[1][10]).toBe(snap.competencies[0].levels[0].indicators.join(' | '));
  });

  it('neutralises formulas in exported cells', () => {
    const evil = { ...snap, competencies: snap.competencies.map((c, i) => (i ? c : { ...c, name: '=HYPERLINK("http://x")', definition: '@SUM(1)' })) };
    const rows = tabularRows(evil);
    expect(rows[1][4]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1][5]).toBe(`'@SUM(1)`);
    expect(planTabularImport(rows).model.competencies[0]).toMatchObject({ name: '=HYPERLINK("http://x")', definition: '@SUM(1)' });
  });

  it('plans the exported rows back to the same content', () => {
    const plan = planTabularImport(tabularRows(snap));
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.model).toEqual(expectedModel(snap));
  });

  it('round-trips through CSV and XLSX bytes', async () => {
    const csv = tabularCsv(snap);
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(planTabularImport(readCsv(csv)).model).toEqual(expectedModel(snap));
    const xlsx = await tabularXlsx(snap);
    expect(planTabularImport(await readXlsx(xlsx)).model).toEqual(expectedModel(snap));
  });

  it('reads semicolon CSV from Indonesian-locale Excel', () => {
    const text = `${header.join(';')}\r\nTK;Teknis;TEKNIS;T.01;Nama;Definisi, dengan koma;1;ya;Judul;Uraian;a | b\r\n`;
    const plan = planTabularImport(readCsv(Buffer.from(text)));
    expect(plan.errors).toEqual([]);
    expect(plan.model.competencies[0].definition).toBe('Definisi, dengan koma');
    expect(plan.model.competencies[0].levels[0].indicators).toEqual(['a', 'b']);
  });

  it('throws on malformed CSV (the service answers 400)', () => {
    expect(() => readCsv(Buffer.from('a,b\n"tidak ditutup,1\n'))).toThrow();
  });

  it('names row and column of every problem', () => {
    const plan = planTabularImport([
      header,
      row({ ...base, level: '1', didefinisikan: 'ya', deskripsi_level: 'Uraian 1' }),
      row({ ...base, nama: 'Nama Lain', level: '2', didefinisikan: 'ya' }),
      row({ ...base, level: '9' }),
      row({ ...base, level: '1', didefinisikan: 'ya', deskripsi_level: 'x' }),
      row({ ...base, jenis: 'STRATEGIS', level: '3', didefinisikan: 'mungkin' }),
      row({ ...base, kode: 'T 02', level: '1' }),
      [],
      row({ kelompok_kode: 'TK', kode: 'T.03', nama: 'Tanpa level', level: '1', didefinisikan: 'tidak', judul_level: 'diabaikan' }),
    ]);
    expect(plan.errors).toEqual([
      { row: 3, field: 'nama', message: 'berbeda dengan baris 2 untuk kompetensi T.01' },
      { row: 3, field: 'deskripsi_level', message: 'wajib diisi untuk level yang didefinisikan' },
      { row: 4, field: 'level', message: 'harus bilangan 1–5' },
      { row: 5, field: 'level', message: 'level 1 kompetensi T.01 sudah ada di baris 2' },
      { row: 6, field: 'jenis', message: 'harus MANAJERIAL, SOSIAL_KULTURAL atau TEKNIS' },
      { row: 6, field: 'didefinisikan', message: 'harus "ya" atau "tidak"' },
      { row: 7, field: 'kode', message: expect.stringContaining('kode 1–40 karakter') },
      { row: 9, field: 'didefinisikan', message: 'kompetensi T.03 harus punya minimal satu level yang didefinisikan' },
    ]);
    expect(plan.warnings).toEqual([{ row: 9, field: 'didefinisikan', message: expect.stringContaining('level 1 tidak didefinisikan') }]);
  });

  it('reports missing and unknown columns on the header row', () => {
    const plan = planTabularImport([['kelompok_kode', 'kode', 'catatan'], ['A', 'B', 'c']]);
    expect(plan.errors.map((e) => [e.row, e.field])).toEqual(header.filter((h) => h !== 'kelompok_kode' && h !== 'kode').map((h) => [1, h]));
    expect(plan.warnings).toEqual([{ row: 1, field: 'catatan', message: 'kolom 3 tidak dikenal; diabaikan' }]);
  });

  it('writes CSV cells with quotes where needed', () => {
    expect(writeCsv([['a,b', 'c"d', 'e\nf', 'g']]).toString('utf8')).toBe('\ufeff"a,b","c""d","e\nf",g\r\n');
  });
});
