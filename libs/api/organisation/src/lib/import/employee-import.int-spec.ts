import request from 'supertest';
import type { ImportJob } from '@kompeten/shared/contract';
import { EMPLOYEE_IMPORT_COLUMNS } from '@kompeten/shared/contract';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { OrganisationModule } from '../organisation.module';
import { buildFixture } from '../test-fixtures';
import { parseCsv, parseXlsx } from './sheet-parse';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** n valid rows with unique NIPs; every tenth row is the atasan of the nine after it. */
function rows(n: number, unitCode = 'DINKES.B1.S1', start = 0): string[][] {
  const out: string[][] = [];
  for (let k = start; k < start + n; k++) {
    const y = 1970 + Math.floor(k / 336) % 30, m = 1 + Math.floor(k / 28) % 12, d = 1 + (k % 28);
    const g = k % 2 ? 'P' : 'L';
    const nip = `${y}${pad(m)}${pad(d)}${y + 25}03${g === 'L' ? 1 : 2}${pad(1 + (k % 999), 3)}`;
    const head = Math.floor(k / 10) * 10;
    const headRow = out[head - start];
    out.push([nip, `Pegawai Impor ${k}`, '', k % 3 ? 'S.E.' : '', g, `${y}-${pad(m)}-${pad(d)}`, 'Jakarta', 'III/a', 'PNS', unitCode,
      k % 2 ? 'DINKES.B1.S1.PL01' : '', k === head ? '' : headRow[0], `p${k}@jakarta.go.id`, '0812345678']);
  }
  return out;
}
const csv = (data: string[][], sep = ',') => [[...EMPLOYEE_IMPORT_COLUMNS], ...data].map((r) => r.join(sep)).join('\n') + '\n';

describe('employee import', () => {
  let t: TestApp;
  let admin: string;
  let hr: string;
  let staff: string;
  const http = () => request(t.app.getHttpServer());
  const count = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM employee`))[0].n as number;
  const upload = (token: string, body: string | Buffer, name = 'pegawai.csv', dryRun = false) =>
    http().post(`/api/v1/employees/import?dryRun=${dryRun}`).set('Authorization', token).attach('file', Buffer.from(body), name);
  const waitFor = async (id: string, token: string): Promise<ImportJob> => {
    for (let i = 0; i < 300; i++) {
      const res = await http().get(`/api/v1/imports/${id}`).set('Authorization', token);
      if (res.body.status !== 'RUNNING') return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  };

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule], { UPLOAD_MAX_MB: '1' });
    const f = await buildFixture(t.ds);
    await createUser(t.ds, { username: 'admin1', roles: ['ADMIN'] });
    await createUser(t.ds, { username: 'hrdinkes', roles: ['HR_OFFICER'], scopeUnitIds: [f.units.dinkes] });
    await createUser(t.ds, { username: 'staff1', roles: ['EMPLOYEE'], employeeId: f.emp.staff1.id });
    [admin, hr, staff] = [await bearer(t.app, 'admin1'), await bearer(t.app, 'hrdinkes'), await bearer(t.app, 'staff1')];
  });
  afterAll(() => t.close());

  it('serves the template as CSV and XLSX with the contract columns and one example row', async () => {
    const c = await http().get('/api/v1/employees/import/template?format=csv').set('Authorization', hr).buffer(true);
    expect(c.status).toBe(200);
    expect(c.headers['content-type']).toContain('text/csv');
    const sheet = parseCsv(Buffer.from(c.text));
    expect(sheet[0]).toEqual([...EMPLOYEE_IMPORT_COLUMNS]);
    expect(sheet).toHaveLength(2);
    const x = await http().get('/api/v1/employees/import/template?format=xlsx').set('Authorization', hr)
      .buffer(true).parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (d: Buffer) => chunks.push(d)); res.on('end', () => cb(null, Buffer.concat(chunks))); });
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const xs = await parseXlsx(x.body as Buffer);
    expect(xs[0]).toEqual([...EMPLOYEE_IMPORT_COLUMNS]);
    expect(xs[1][0]).toBe('198609262015051001');
    expect((await http().get('/api/v1/employees/import/template?format=pdf').set('Authorization', hr)).body.errors[0].field).toBe('format');
    expect((await http().get('/api/v1/employees/import/template').set('Authorization', staff)).status).toBe(403);
  });

  it('dry run reports every row and column error and writes nothing', async () => {
    const data = rows(4);
    data[1][0] = data[1][0].slice(0, 6) + '31' + data[1][0].slice(8); // birth date digits no longer match tanggal_lahir
    data[2][9] = 'TIDAK.ADA';
    data[3][0] = data[0][0]; // duplicate NIP
    data[3][7] = 'IX'; // golongan of PPPK for a PNS
    const before = await count();
    const res = await upload(hr, csv(data, ';'), 'pegawai.csv', true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, totalRows: 4, validRows: 1, created: 1, updated: 0 });
    const errs = res.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(errs).toEqual(expect.arrayContaining(['3:nip', '4:kode_unit', '5:nip', '5:golongan']));
    expect(res.body.errors.find((e: { row: number }) => e.row === 3).message).toContain('tanggal lahir');
    expect(await count()).toBe(before);
  });

  it('a real import of a file with one bad row is refused with the report and writes nothing', async () => {
    const data = rows(20, 'DINKES.B1.S1', 5000);
    data[7][5] = '31-02-1980';
    const before = await count();
    const res = await upload(hr, csv(data), 'pegawai.csv');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.report.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 9, column: 'tanggal_lahir' })]));
    expect(await count()).toBe(before);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM import_job`))[0].n).toBe(0);
  });

  it('refuses units outside the HR officer\'s scope', async () => {
    const res = await upload(hr, csv(rows(2, 'DISHUB.B1', 7000)), 'pegawai.csv', true);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, column: 'kode_unit', message: expect.stringContaining('di luar cakupan') })]));
  });

  it('imports 2,000 rows (202, polled job), resolves supervisors and history, then re-imports idempotently', async () => {
    const file = csv(rows(2000));
    const before = await count();
    const t0 = Date.now();
    const res = await upload(admin, file);
    expect(res.status).toBe(202);
    expect(res.body.jobId).toBeDefined();
    const job = await waitFor(res.body.jobId, admin);
    const ms = Date.now() - t0;
    expect(job).toMatchObject({ status: 'SUCCEEDED', processed: 2000, total: 2000, error: null });
    expect(job.report).toMatchObject({ created: 2000, updated: 0, totalRows: 2000 });
    expect(await count()).toBe(before + 2000);
    const [sup] = await t.ds.query(`SELECT count(*)::int AS n FROM employee e JOIN employee s ON s.id = e.supervisor_id WHERE e.name LIKE 'Pegawai Impor %'`);
    expect(sup.n).toBe(1800);
    const [hist] = await t.ds.query(`SELECT count(*)::int AS n FROM employee_history h JOIN employee e ON e.id = h.employee_id WHERE e.name LIKE 'Pegawai Impor %' AND h.effective_to IS NULL`);
    expect(hist.n).toBe(2000);
    const [audit] = await t.ds.query(`SELECT after FROM audit_log WHERE action = 'IMPORT'`);
    expect(audit.after).toMatchObject({ jobId: res.body.jobId, created: 2000 });
    console.log(`import of 2,000 rows: ${ms} ms`);

    const again = await upload(admin, file);
    const job2 = await waitFor(again.body.jobId, admin);
    expect(job2.report).toMatchObject({ created: 0, updated: 2000 });
    expect(await count()).toBe(before + 2000);
    const [hist2] = await t.ds.query(`SELECT count(*)::int AS n FROM employee_history h JOIN employee e ON e.id = h.employee_id WHERE e.name LIKE 'Pegawai Impor %'`);
    expect(hist2.n).toBe(2000);
    const [v] = await t.ds.query(`SELECT max(version)::int AS v FROM employee WHERE name LIKE 'Pegawai Impor %'`);
    expect(v.v).toBe(2); // insert, then the supervisor link; the unchanged re-import bumped nothing
  });

  it('imports 5,000 rows from XLSX and reports the time', async () => {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow([...EMPLOYEE_IMPORT_COLUMNS]);
    for (const r of rows(5000, 'DINKES.B1.S1', 10000)) ws.addRow(r);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = Date.now();
    const res = await http().post('/api/v1/employees/import').set('Authorization', admin).attach('file', buf, 'pegawai.xlsx');
    expect(res.status).toBe(202);
    const accepted = Date.now() - t0;
    const job = await waitFor(res.body.jobId, admin);
    expect(job).toMatchObject({ status: 'SUCCEEDED', processed: 5000 });
    console.log(`import of 5,000 XLSX rows (${(buf.length / 1024).toFixed(0)} KB): validated and accepted in ${accepted} ms, finished in ${Date.now() - t0} ms`);
    const t1 = Date.now();
    const list = await http().get('/api/v1/employees?q=impor%2012345&limit=25').set('Authorization', hr);
    expect(list.status).toBe(200);
    const t2 = Date.now();
    await http().get('/api/v1/employees?limit=25&sort=golongan').set('Authorization', hr);
    console.log(`employee list over ${await count()} employees: search ${t2 - t1} ms, sorted page ${Date.now() - t2} ms`);
  }, 60000);

  it('413 for an oversized upload and 415 for another file type, as problem+json; 400 without a file', async () => {
    const big = await upload(admin, 'x'.repeat(1.5 * 1024 * 1024), 'besar.csv');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(big.headers['content-type']).toContain('application/problem+json');
    const pdf = await upload(admin, '%PDF-1.4', 'pegawai.pdf');
    expect(pdf.status).toBe(415);
    expect(pdf.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    const none = await http().post('/api/v1/employees/import').set('Authorization', admin).send({});
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('file');
    const header = await upload(admin, 'nomor,nama\n1,a\n', 'x.csv', true);
    expect(header.body.errors[0]).toMatchObject({ row: 1, column: 'nip' });
  });

  it('a failure inside the write (a supervisor cycle through existing data) rolls back and ends FAILED', async () => {
    const [kabid] = await t.ds.query(`SELECT e.id, e.nip, e.name, e.gender, to_char(e.birth_date, 'YYYY-MM-DD') AS bd, e.supervisor_id, s.nip AS sup_nip
      FROM employee e JOIN employee s ON s.id = e.supervisor_id WHERE e.name = 'Bambang Kabid'`);
    const [kasi] = await t.ds.query(`SELECT nip FROM employee WHERE name = 'Kasi Gizi'`);
    const before = await count();
    const row = [kabid.nip, 'Bambang Kabid', '', '', kabid.gender, kabid.bd, '', 'IV/a', 'PNS', 'DINKES.B1', '', kasi.nip, '', ''];
    const res = await upload(admin, csv([row, ...rows(2, 'DINKES.B1', 9500)]));
    expect(res.status).toBe(202);
    const job = await waitFor(res.body.jobId, admin);
    expect(job.status).toBe('FAILED');
    expect(job.error).toContain('lingkaran');
    expect(await count()).toBe(before);
    const [after] = await t.ds.query(`SELECT golongan, supervisor_id FROM employee WHERE id = $1`, [kabid.id]);
    expect(after).toEqual({ golongan: 'III/b', supervisor_id: kabid.supervisor_id });
  });

  it('import jobs are visible to their creator and ADMIN only', async () => {
    const res = await upload(hr, csv(rows(3, 'DINKES.B1.S1', 9000)));
    expect(res.status).toBe(202);
    expect((await waitFor(res.body.jobId, hr)).status).toBe('SUCCEEDED');
    expect((await http().get(`/api/v1/imports/${res.body.jobId}`).set('Authorization', admin)).status).toBe(200);
    expect((await http().post('/api/v1/employees/import').set('Authorization', staff).attach('file', Buffer.from('a'), 'a.csv')).status).toBe(403);
  });
});
