import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';

/** The server the tests use: DATABASE_URL (CI) or the embedded one the test runner started. */
export function serverUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run tests with `npm test`, which starts an embedded PostgreSQL when none is configured');
  return url;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
}

/** The template's name changes whenever a migration's code changes, so a stale template is never cloned. */
export function templateName(): string {
  const h = createHash('sha1').update(MIGRATIONS.map((m) => m.toString()).join('\n')).digest('hex').slice(0, 10);
  return `kompeten_tpl_${h}`;
}

/** Creates the migrated template database once per migration set (idempotent, safe across processes). */
export async function ensureTemplate(): Promise<void> {
  const base = serverUrl();
  const admin = new Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(727001)');
    const tpl = templateName();
    const ok = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate`, [tpl]);
    if (ok.rowCount) return;
    await admin.query(`DROP DATABASE IF EXISTS "${tpl}"`);
    await admin.query(`CREATE DATABASE "${tpl}"`);
    const ds = new DataSource(dataSourceOptions(withDatabase(base, tpl)));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    await admin.query(`ALTER DATABASE "${tpl}" WITH is_template true`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
    await admin.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A private database per test file, cloned from the migrated template: files run in parallel, isolated. */
export async function createTestDatabase(): Promise<TestDatabase> {
  await ensureTemplate();
  const base = serverUrl();
  const name = `kompeten_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  await admin.end();
  return {
    url: withDatabase(base, name),
    name,
    drop: async () => {
      const c = new Client({ connectionString: withDatabase(base, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** An empty database (no migrations), for the migration up/down test. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
  const name = `kompeten_e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(base, name),
    name,
    drop: async () => {
      const c = new Client({ connectionString: withDatabase(base, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
