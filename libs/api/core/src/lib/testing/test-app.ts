import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/app-config';
import { CoreModule } from '../core.module';
import { AuthGuard } from '../auth/auth.guard';
import { configureApp } from '../http/configure-app';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  ds: DataSource;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

/**
 * The real Nest application on a private database cloned from the migrated template:
 * the same pipe, filter, guard and modules as production (no mocks).
 */
export async function createTestApp(imports: Array<Type<unknown> | DynamicModule>, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_IP_LIMIT_PER_MINUTE: '10000', DEMO_DATA: 'false', ...env });
  @Module({
    imports: [
      CoreModule.forRoot({ config, databaseUrl: db.url, jwtSecret: TEST_JWT_SECRET }),
      ThrottlerModule.forRoot([{ name: 'login', ttl: 60_000, limit: config.LOGIN_IP_LIMIT_PER_MINUTE }]),
      ...imports,
    ],
    providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
  })
  class TestRootModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestRootModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, config);
  await app.init();
  const ds = app.get(DataSource);
  return {
    app, ds, db, config,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
