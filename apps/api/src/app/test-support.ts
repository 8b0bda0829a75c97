import { INestApplication } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { configureApp, loadConfig } from '@kompeten/api/core';
import { TEST_JWT_SECRET } from '@kompeten/api/core/testing';
import { AppModule } from './app.module';

/** The whole production module graph on the given database (for route and schema tests). */
export async function bootFullApp(databaseUrl: string, env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', LOGIN_IP_LIMIT_PER_MINUTE: '10000', ...env });
  const ref = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET }), DiscoveryModule] }).compile();
  const app: INestApplication = ref.createNestApplication({ logger: false });
  const doc = configureApp(app, config);
  await app.init();
  return { app, doc };
}
