import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '@kompeten/api/core';
import { EmbeddedDb, startEmbeddedPostgres } from '@kompeten/api/core/embedded';

export interface Runtime {
  databaseUrl: string;
  jwtSecret: string;
  embedded: EmbeddedDb | null;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in DATA_DIR (started here, stopped on exit). */
export async function resolveRuntime(config: AppConfig, log: (m: string) => void): Promise<Runtime> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedDb | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log(`No DATABASE_URL: starting embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${join(dataDir, 'pg')})`);
    embedded = await startEmbeddedPostgres(join(dataDir, 'pg'), config.EMBEDDED_PG_PORT, log);
    databaseUrl = embedded.url;
  }
  let jwtSecret = config.JWT_SECRET;
  if (!jwtSecret) {
    // Development only (production requires JWT_SECRET): keep a random secret so sessions survive restarts.
    const file = join(dataDir, 'jwt-secret');
    if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    jwtSecret = readFileSync(file, 'utf8').trim();
  }
  return { databaseUrl, jwtSecret, embedded };
}
