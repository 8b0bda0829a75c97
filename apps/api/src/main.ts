import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { configureApp, dataSourceOptions, loadConfig } from '@kompeten/api/core';
import { AppModule } from './app/app.module';
import { resolveRuntime, Runtime } from './boot/environment';
import { generateMigration, pendingSchemaChanges } from './boot/migration-generator';
import { seedDemoOnce, seedReference } from './boot/seed';

const log = new Logger('Kompeten');

/**
 * Several instances may start at once behind a load balancer: migrations and the one-time seed run
 * under a PostgreSQL advisory lock, so exactly one instance does them and the others wait.
 */
async function withStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(727002)');
    return await fn();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(727002)').catch(() => undefined);
    await lock.end();
  }
}

async function migrate(url: string): Promise<void> {
  await withStartupLock(url, async () => {
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) log.log(`Applied ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    await ds.destroy();
  });
}

function adminDir(): string | undefined {
  const candidates = [process.env['ADMIN_STATIC_DIR'], join(__dirname, '../admin/browser'), resolve('dist/apps/admin/browser')];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'index.html')));
}

async function serve(rt: Runtime): Promise<void> {
  const config = loadConfig();
  const t0 = Date.now();
  await migrate(rt.databaseUrl);
  const staticDir = adminDir();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: rt.databaseUrl, jwtSecret: rt.jwtSecret, staticDir }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  configureApp(app, config);
  const ds = app.get(DataSource);
  await withStartupLock(rt.databaseUrl, async () => {
    await seedReference(ds);
    await seedDemoOnce(ds, config);
  });
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  console.log(`\nKompeten is ready at ${url}  (API docs: ${url}/api/docs)  — started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (!staticDir) console.log('The web app is not built: run `npm start` (it builds it) or `npx nx build admin`.');
  if (config.DEMO_DATA) console.log('Demo accounts are listed in README.md (admin / Admin#2026).');
  const stop = async (signal: string) => {
    log.log(`${signal}: shutting down`);
    await app.close();
    if (rt.embedded) await rt.embedded.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** Boots the modules without listening, for schema commands that need every entity. */
async function withAppContext<T>(rt: Runtime, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const ctx = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: rt.databaseUrl, jwtSecret: rt.jwtSecret }), { logger: ['error'] });
  try {
    return await fn(ctx.get(DataSource));
  } finally {
    await ctx.close();
  }
}

async function main(): Promise<void> {
  const [cmd = 'serve', arg] = process.argv.slice(2);
  const config = loadConfig();
  const rt = await resolveRuntime(config, (m) => log.log(m));
  const done = async (code = 0) => {
    if (rt.embedded) await rt.embedded.stop();
    process.exit(code);
  };
  switch (cmd) {
    case 'serve':
      return serve(rt);
    case 'migrate':
      await migrate(rt.databaseUrl);
      return done();
    case 'seed':
      await migrate(rt.databaseUrl);
      await withAppContext(rt, async (ds) => { await seedReference(ds); await seedDemoOnce(ds, config); });
      return done();
    case 'migration:generate': {
      if (!arg) throw new Error('usage: migration:generate <Name>');
      await migrate(rt.databaseUrl);
      const file = await withAppContext(rt, (ds) => generateMigration(ds, arg));
      console.log(file ? `Wrote migration ${file}` : 'No schema changes');
      return done();
    }
    case 'migration:check': {
      await migrate(rt.databaseUrl);
      const { up } = await withAppContext(rt, pendingSchemaChanges);
      if (up.length) console.log(up.join(';\n'));
      return done(up.length ? 1 : 0);
    }
    case 'openapi': {
      const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: rt.databaseUrl, jwtSecret: rt.jwtSecret }), { logger: ['error'] });
      const doc = configureApp(app, config);
      writeFileSync(arg ?? 'docs/api/openapi.json', JSON.stringify(doc, null, 2) + '\n');
      await app.close();
      return done();
    }
    default:
      throw new Error(`unknown command ${cmd} (serve | migrate | seed | migration:generate <Name> | migration:check | openapi [file])`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
