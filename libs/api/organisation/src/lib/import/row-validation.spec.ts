import { EMPLOYEE_IMPORT_COLUMNS } from '@kompeten/shared/contract';
import { ImportLookups, normaliseGolongan, parseDate, parseGender, readRecords, validateRecords } from './row-validation';

const header = [...EMPLOYEE_IMPORT_COLUMNS];
const good = ['198609262015051001', 'Ahmad Fauzi', 'Dr.', 'S.E.', 'L', '26-09-1986', 'Jakarta', 'iii/c', 'pns', 'U1', 'P1', '', 'a@b.go.id', '0812 345 678'];
const lookups = (): ImportLookups => ({
  units: new Map([['U1', [{ id: 'u1', inScope: true }]], ['U2', [{ id: 'u2', inScope: false }]]]),
  positions: new Map([['P1', 'p1']]),
  existing: new Map([['197001011995031001', { inScope: true }]]),
});
const run = (...rows: string[][]) => validateRecords(readRecords([header, ...rows]).records, lookups());

describe('import row validation', () => {
  it('normalises a good row', () => {
    const { rows, errors } = run(good);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 2, nip: '198609262015051001', birthDate: '1986-09-26', golongan: 'III/c', employmentType: 'PNS', unitId: 'u1', positionId: 'p1', supervisorNip: null });
  });

  it('reports every problem with its spreadsheet row and column', () => {
    const bad = [...good];
    bad[0] = '198609272015051001'; bad[7] = 'IX'; bad[9] = 'U2'; bad[10] = 'P9'; bad[11] = '199901012020011001'; bad[12] = 'bukan-email';
    const { rows, errors } = run(good, [], bad);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual(['4:email', '4:golongan', '4:kode_jabatan', '4:kode_unit', '4:nip', '4:nip_atasan']);
    expect(errors.find((e) => e.column === 'nip')?.message).toContain('tanggal lahir tidak sama');
  });

  it('finds duplicate NIPs, supervisors in the file or the database, and cycles', () => {
    const a = [...good]; a[11] = '197001011995031001';
    expect(run(a).errors).toEqual([]);
    const dup = run(good, good).errors;
    expect(dup).toEqual([{ row: 3, column: 'nip', message: 'NIP ganda dalam berkas (sama dengan baris 2)' }]);
    const b = ['199001012015031001', 'B', '', '', 'L', '1990-01-01', '', 'III/a', 'PNS', 'U1', '', good[0], '', ''];
    const c = [...good]; c[11] = b[0];
    expect(run(c, b).errors.map((e) => e.message)).toEqual(['rantai atasan membentuk lingkaran', 'rantai atasan membentuk lingkaran']);
    const self = [...good]; self[11] = good[0];
    expect(run(self).errors.map((e) => e.message)).toEqual(['atasan tidak boleh pegawai itu sendiri']);
  });

  it('checks the header and skips empty rows without renumbering', () => {
    expect(readRecords([['nip', 'nama', 'hobi']]).errors.map((e) => e.column)).toEqual(expect.arrayContaining(['jenis_kelamin', 'hobi']));
    const { records } = readRecords([header, ['', ''], good]);
    expect(records.map((r) => r.row)).toEqual([3]);
  });

  it('parses dates, genders and golongan the way offices write them', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('1/2/1990')).toBe('1990-02-01');
    expect(parseDate('31-02-1990')).toBeNull();
    expect(parseGender('Perempuan')).toBe('P');
    expect(parseGender('x')).toBeNull();
    expect(normaliseGolongan('iv/A')).toBe('IV/a');
    expect(normaliseGolongan('ix')).toBe('IX');
  });
});
