import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@kompeten/api/core';
import { createTestDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { seedDemoOnce, seedReference } from '../boot/seed';
import { bootFullApp } from './test-support';

/** pg_dump/pg_restore from PATH or Debian's per-version folders, at least the server's major version. */
function pgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): string {
  const candidates = [name, ...[18, 17, 16, 15, 14, 13].map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)];
  for (const c of candidates) {
    if (c.includes('/') && !existsSync(c)) continue;
    try {
      const major = Number(/(\d+)/.exec(execFileSync(c, ['--version'], { encoding: 'utf8' }).split(')')[1] ?? '')?.[1]);
      if (major >= serverMajor) return c;
    } catch { /* not installed */ }
  }
  throw new Error(`${name} ${serverMajor} or newer is needed for the backup test: sudo apt-get install -y postgresql-client`);
}

/** Key tables whose whole content must survive a dump and restore byte for byte. */
const KEY_TABLES = ['employee', 'unit', 'position', 'app_user', 'competency_assessment', 'employee_competency', 'position_requirement', 'audit_log'];

async function snapshot(url: string): Promise<{ counts: Record<string, number>; checksums: Record<string, string> }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename as string);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    const checksums: Record<string, string> = {};
    for (const t of KEY_TABLES) checksums[t] = (await c.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)).rows[0].h;
    return { counts, checksums };
  } finally {
    await c.end();
  }
}

/** docs/operations.md's backup and restore, run for real on the demo database. */
describe('backup with pg_dump, restore with pg_restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    source = await createTestDatabase();
    const { app } = await bootFullApp(source.url);
    const ds = app.get(DataSource);
    await seedReference(ds);
    await seedDemoOnce(ds, loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' }));
    await app.close();
    target = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'kompeten-backup-'));
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('restores the demo database into a new database with every row count and the key tables equal', async () => {
    const c = new Client({ connectionString: source.url });
    await c.connect();
    const major = Number((await c.query(`SHOW server_version_num`)).rows[0].server_version_num.slice(0, -4));
    await c.end();
    const file = join(dir, 'kompeten.dump');
    execFileSync(pgTool('pg_dump', major), ['--format=custom', '--no-owner', `--file=${file}`, source.url]);
    // The target starts as a clone of the migrated template: restore over a clean schema, as operations.md says.
    const t = new Client({ connectionString: target.url });
    await t.connect();
    await t.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await t.end();
    execFileSync(pgTool('pg_restore', major), ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, file]);

    const before = await snapshot(source.url);
    const after = await snapshot(target.url);
    expect(before.counts['employee']).toBeGreaterThan(600);
    expect(before.counts['competency_assessment']).toBeGreaterThan(1000);
    expect(after.counts).toEqual(before.counts);
    expect(after.checksums).toEqual(before.checksums);
    // The restored audit log is still append-only (its trigger came back with it).
    const r = new Client({ connectionString: target.url });
    await r.connect();
    await expect(r.query(`DELETE FROM audit_log`)).rejects.toThrow();
    await r.end();
    console.log(`backup/restore: ${Object.keys(before.counts).length} tables, ${Object.values(before.counts).reduce((a, b) => a + b, 0)} rows, ${KEY_TABLES.length} key tables checksummed equal`);
  }, 180_000);
});
