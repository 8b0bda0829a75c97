import type request from 'supertest';
import { Workbook } from 'exceljs';
import type { GapSummary } from '@kompeten/shared/contract';
import { demoProvince, type DemoProvince } from './testing/demo-province';
import type { AssessmentImportReport } from './assessment-import.service';

const API = '/api/v1';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'nip,kode_kompetensi,level,tanggal_penilaian,berlaku_sampai,metode,catatan';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('assessment-centre import (real PostgreSQL, demo province)', () => {
  let d: DemoProvince;
  const http = () => d.http();
  let dinkesNips: string[];
  let otherNip: string;
  const upload = (tok: string, body: Buffer | string, filename = 'hasil.csv', q = '?dryRun=false') =>
    http().post(`${API}/assessments/import${q}`).set('Authorization', tok)
      .attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body), { filename, contentType: filename.endsWith('.xlsx') ? XLSX : 'text/csv' });
  const counts = async () => (await d.t.ds.query(
    `SELECT (SELECT count(*)::int FROM competency_assessment) AS a, (SELECT count(*)::int FROM employee_competency) AS c,
            (SELECT count(*)::int FROM audit_log WHERE action = 'IMPORT' AND entity = 'competency_assessment') AS audit`))[0];

  beforeAll(async () => {
    d = await demoProvince({ UPLOAD_MAX_MB: '1' });
    const dinkes = await d.unit('DINKES');
    dinkesNips = (await d.t.ds.query(
      `SELECT e.nip FROM employee e JOIN unit u ON u.id = e.unit_id JOIN unit r ON u.path LIKE r.path || '%' WHERE r.id = $1 ORDER BY e.nip`, [dinkes])).map((r: { nip: string }) => r.nip);
    [{ nip: otherNip }] = await d.t.ds.query(`SELECT nip FROM employee WHERE id = $1`, [d.emp.employee]);
  });
  afterAll(() => d.t.close());

  it('template: CSV and XLSX with the columns and one example row; HR/ADMIN only', async () => {
    const csv = await http().get(`${API}/assessments/import/template?format=csv`).set('Authorization', d.tok.hrDinkes);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="templat-impor-hasil-asesmen.csv"');
    const lines = csv.text.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(2);
    const xlsx = await http().get(`${API}/assessments/import/template?format=xlsx`).set('Authorization', d.tok.admin).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1).join(',')).toBe(HEADER);
    expect((await http().get(`${API}/assessments/import/template?format=pdf`).set('Authorization', d.tok.admin)).body.errors[0].field).toBe('format');
    expect((await http().get(`${API}/assessments/import/template`).set('Authorization', d.tok.supervisor)).status).toBe(403);
    expect((await http().get(`${API}/assessments/import/template`)).status).toBe(401);
  });

  it('refuses: 401, 403 for non-HR, 415 for another file type or no multipart, 413 too large, 400 without a file', async () => {
    expect((await http().post(`${API}/assessments/import`).attach('file', Buffer.from(HEADER), 'a.csv')).status).toBe(401);
    const sup = await upload(d.tok.supervisor, HEADER);
    expect(sup.status).toBe(403);
    const pdf = await upload(d.tok.hrDinkes, 'x', 'hasil.pdf');
    expect(pdf.status).toBe(415);
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    const json = await http().post(`${API}/assessments/import`).set('Authorization', d.tok.hrDinkes).send({ file: 'x' });
    expect(json.status).toBe(415);
    const big = await upload(d.tok.hrDinkes, Buffer.alloc(1024 * 1024 + 10, 'a'));
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    const none = await http().post(`${API}/assessments/import`).set('Authorization', d.tok.hrDinkes).field('x', 'y');
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('file');
    const broken = await upload(d.tok.hrDinkes, 'not a workbook', 'hasil.xlsx');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('file');
    expect((await upload(d.tok.hrDinkes, HEADER, 'hasil.csv', '?dryRun=maybe')).body.errors[0].field).toBe('dryRun');
  });

  it('reports every bad row with spreadsheet row and column, and writes nothing (dry run and real run)', async () => {
    const [a, b, c] = dinkesNips;
    const file = [
      HEADER,
      `${a},M.01,3,2026-03-15,,,ok`, // row 2: valid
      `${a},M.01,2,2026-03-16,,,`, // 3: duplicate nip+code
      `${otherNip},M.01,3,2026-03-15,,,`, // 4: outside the Dinkes HR scope
      `199999999999999999,M.01,3,2026-03-15,,,`, // 5: unknown NIP
      `${b},X.99,3,2026-03-15,,,`, // 6: unknown code
      `${b},M.02,7,2026-03-15,,,`, // 7: level outside the scale
      `${b},M.03,3,2099-01-01,,,`, // 8: future date
      `${b},M.04,3,2026-02-30,,,`, // 9: not a date
      `${b},M.05,3,2026-03-15,2025-01-01,,`, // 10: valid until before assessed
      `${b},M.06,3,2026-03-15,,SELF,`, // 11: method not allowed
      '', // 12: blank line, skipped but counted
      `${c},M.07,,2026-03-15,,,`, // 13: level missing
      `12345,M.08,3,15-03-2026,,TEST,`, // 14: NIP format
    ].join('\n');
    const before = await counts();
    const dry = await upload(d.tok.hrDinkes, file, 'hasil.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    const report = dry.body as AssessmentImportReport;
    expect(report).toMatchObject({ dryRun: true, totalRows: 12, validRows: 1, created: 0 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'kode_kompetensi'], [4, 'nip'], [5, 'nip'], [6, 'kode_kompetensi'], [7, 'level'], [8, 'tanggal_penilaian'], [9, 'tanggal_penilaian'],
      [10, 'berlaku_sampai'], [11, 'metode'], [13, 'level'], [14, 'nip'],
    ]);
    expect(report.errors[0].message).toContain('baris 2');
    expect(report.errors[1].message).toBe('pegawai di luar cakupan Anda');
    const real = await upload(d.tok.hrDinkes, file);
    expect(real.status).toBe(400);
    expect(real.body.code).toBe('VALIDATION_FAILED');
    expect(real.body.errors[0]).toEqual({ field: 'kode_kompetensi', message: expect.stringContaining('baris 3:') });
    expect(real.body.report.errors).toHaveLength(11);
    expect(await counts()).toEqual(before);
  });

  it('header problems and undefined levels are reported on the right row', async () => {
    const missing = await upload(d.tok.hrDinkes, 'nip,level,warna\n1,2,3', 'hasil.csv', '?dryRun=true');
    expect(missing.body.errors).toEqual(expect.arrayContaining([
      { row: 1, column: 'warna', message: expect.stringContaining('kolom tidak dikenal') },
      { row: 1, column: 'kode_kompetensi', message: 'kolom wajib tidak ada' },
      { row: 1, column: 'tanggal_penilaian', message: 'kolom wajib tidak ada' },
    ]));
    // A technical competency with a level that is not defined (partial level coverage).
    const [t] = await d.t.ds.query(
      `SELECT c.code, min(l.level) FILTER (WHERE NOT l.defined) AS undefined_level FROM competency c JOIN competency_level l ON l.competency_id = c.id
         JOIN competency_framework f ON f.id = c.framework_id AND f.status = 'PUBLISHED'
        GROUP BY c.code HAVING bool_or(NOT l.defined) ORDER BY c.code LIMIT 1`);
    if (t) {
      const res = await upload(d.tok.hrDinkes, `${HEADER}\n${dinkesNips[0]},${t.code},${t.undefined_level},2026-03-15,,,`, 'hasil.csv', '?dryRun=true');
      expect(res.body.errors).toEqual([{ row: 2, column: 'level', message: expect.stringContaining('tidak didefinisikan') }]);
    }
  });

  it('imports a good XLSX in one transaction: assessments, current levels, one audit row', async () => {
    const [a, b] = dinkesNips;
    const wb = new Workbook();
    const ws = wb.addWorksheet('Hasil');
    ws.addRow(HEADER.split(','));
    ws.addRow([a, 'M.01', 5, new Date(Date.UTC(2026, 9, 1)), '', '', 'Asesmen Oktober']);
    ws.addRow([a, 'm.02', 4, '01-10-2026', '2028-10-01', 'test', '']);
    ws.addRow([b, 'M.01', 1, '2026-10-01', '', 'FEEDBACK_360', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await counts();
    const dry = await upload(d.tok.hrDinkes, buf, 'hasil.xlsx', '?dryRun=true');
    expect(dry.body).toMatchObject({ dryRun: true, totalRows: 3, validRows: 3, created: 0, employees: 2, errors: [] });
    expect(await counts()).toEqual(before);
    const res = await upload(d.tok.hrDinkes, buf, 'hasil.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, totalRows: 3, validRows: 3, created: 3, employees: 2, errors: [] });
    const after = await counts();
    expect(after.a).toBe(before.a + 3);
    expect(after.audit).toBe(before.audit + 1);
    const [idA] = (await d.t.ds.query(`SELECT id FROM employee WHERE nip = $1`, [a])).map((r: { id: string }) => r.id);
    const rows = await d.t.ds.query(
      `SELECT c.code, a.level, a.method, to_char(a.assessed_at, 'YYYY-MM-DD') AS at, to_char(a.valid_until, 'YYYY-MM-DD') AS until, a.note, a.source_ref, a.assessor_name
         FROM competency_assessment a JOIN competency c ON c.id = a.competency_id WHERE a.employee_id = $1 AND a.source_ref LIKE 'import:%' ORDER BY c.code`, [idA]);
    expect(rows).toEqual([
      { code: 'M.01', level: 5, method: 'ASSESSMENT_CENTER', at: '2026-10-01', until: '2029-10-01', note: 'Asesmen Oktober', source_ref: 'import:hasil.xlsx', assessor_name: expect.any(String) },
      { code: 'M.02', level: 4, method: 'TEST', at: '2026-10-01', until: '2028-10-01', note: null, source_ref: 'import:hasil.xlsx', assessor_name: expect.any(String) },
    ]);
    // The current level follows at once (the newest assessment wins under LATEST).
    const gap = (await http().get(`${API}/employees/${idA}/gaps`).set('Authorization', d.tok.hrDinkes)).body as GapSummary;
    expect(gap.rows.find((r) => r.code === 'M.01')).toMatchObject({ currentLevel: 5, method: 'ASSESSMENT_CENTER', assessedAt: '2026-10-01' });
    const [audit] = await d.t.ds.query(`SELECT after FROM audit_log WHERE action = 'IMPORT' AND entity = 'competency_assessment' ORDER BY id DESC LIMIT 1`);
    expect(audit.after).toMatchObject({ file: 'hasil.xlsx', rows: 3, employees: 2 });
  });

  it('imports 2,000 rows (measured)', async () => {
    // Every published competency × the first employees of the province, 2,000 distinct pairs.
    const codes: string[] = (await d.t.ds.query(
      `SELECT c.code FROM competency c JOIN competency_framework f ON f.id = c.framework_id AND f.status = 'PUBLISHED'
         JOIN competency_level l ON l.competency_id = c.id AND l.defined AND l.level = 3 ORDER BY c.code`)).map((r: { code: string }) => r.code);
    const nips: string[] = (await d.t.ds.query(`SELECT nip FROM employee ORDER BY nip`)).map((r: { nip: string }) => r.nip);
    const lines = [HEADER];
    for (let i = 0; lines.length <= 2000; i++) lines.push(`${nips[Math.floor(i / codes.length)]},${codes[i % codes.length]},3,2026-09-${String(1 + (i % 28)).padStart(2, '0')},,ASSESSMENT_CENTER,`);
    const before = await counts();
    const t0 = Date.now();
    const dry = await upload(d.tok.admin, lines.join('\n'), 'besar.csv', '?dryRun=true');
    const dryMs = Date.now() - t0;
    expect(dry.body).toMatchObject({ totalRows: 2000, validRows: 2000, errors: [] });
    const t1 = Date.now();
    const res = await upload(d.tok.admin, lines.join('\n'), 'besar.csv');
    const realMs = Date.now() - t1;
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 2000 });
    const after = await counts();
    expect(after.a).toBe(before.a + 2000);
    expect(after.audit).toBe(before.audit + 1);
    console.log(`assessment import, 2,000 rows (${res.body.employees} employees): dry run ${dryMs} ms, real run ${realMs} ms`);
  });

  it('all or nothing: when the write fails half-way (after the inserts), no assessment is left behind', async () => {
    const before = await counts();
    // Hold the cache table so the import blocks in refreshCurrentLevels, after its INSERTs; then kill its connection.
    const qr = d.t.ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    await qr.query(`LOCK TABLE employee_competency IN ACCESS EXCLUSIVE MODE`);
    const pending = upload(d.tok.hrDinkes, `${HEADER}\n${dinkesNips[3]},M.01,3,2026-03-15,,,\n${dinkesNips[4]},M.01,2,2026-03-15,,,`).then((r) => r);
    let pid: number | undefined;
    for (let i = 0; i < 100 && !pid; i++) {
      await new Promise((r) => setTimeout(r, 50));
      // Polled on the pool: inside a transaction pg_stat_activity is a frozen snapshot.
      const rows = await d.t.ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'DELETE FROM employee_competency%'`);
      pid = rows[0]?.pid;
    }
    expect(pid).toBeDefined();
    const [{ n: uncommitted }] = await d.t.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND state = 'active'`, [pid]);
    expect(uncommitted).toBe(1);
    await qr.query(`SELECT pg_terminate_backend($1)`, [pid]);
    const res = await pending;
    await qr.rollbackTransaction();
    await qr.release();
    expect([500, 503]).toContain(res.status); // 503 = the problem filter's answer to a lost database connection
    expect(await counts()).toEqual(before);
    // The pool recovers: the same file imports afterwards.
    const again = await upload(d.tok.hrDinkes, `${HEADER}\n${dinkesNips[3]},M.01,3,2026-03-15,,,\n${dinkesNips[4]},M.01,2,2026-03-15,,,`);
    expect(again.status).toBe(201);
    expect((await counts()).a).toBe(before.a + 2);
  });
});
