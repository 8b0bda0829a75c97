import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createTestDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { DataSource } from 'typeorm';
import { bootFullApp, discoverRoutes, type Route } from './test-support';

const sample = (path: string) => path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('route rules (generated from the application)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let doc: OpenAPIObject;
  let routes: Route[];
  beforeAll(async () => {
    db = await createTestDatabase();
    ({ app, doc } = await bootFullApp(db.url));
    routes = discoverRoutes(app);
  });
  afterAll(async () => { await app.close(); await db.drop(); });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('every route declares its roles and scope', () => {
    const missing = routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('every non-public route refuses an unauthenticated call with 401 problem+json', async () => {
    const wrong: string[] = [];
    for (const r of routes.filter((x) => !x.isPublic)) {
      const res = await request(app.getHttpServer())[r.method.toLowerCase() as 'get'](sample(r.path));
      if (res.status !== 401 || !String(res.headers['content-type']).includes('application/problem+json')) wrong.push(`${r.method} ${r.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every role-restricted route refuses a signed-in stranger (an EMPLOYEE without that role) with 403', async () => {
    await createUser(app.get(DataSource), { username: 'orang_lain', roles: ['EMPLOYEE'] });
    const token = await bearer(app, 'orang_lain');
    const restricted = routes.filter((r) => r.rule && r.rule.roles !== 'any' && !r.rule.roles.includes('EMPLOYEE'));
    expect(restricted.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const r of restricted) {
      const res = await request(app.getHttpServer())[r.method.toLowerCase() as 'get'](sample(r.path)).set('Authorization', token);
      if (res.status !== 403 || res.body.code !== 'FORBIDDEN') wrong.push(`${r.method} ${r.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the committed OpenAPI document matches the code (run `npm run openapi` after changing the API)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../../docs/api/openapi.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(committed);
  });

  it('every operation has a summary', () => {
    const missing: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops as Record<string, { summary?: string }>)) if (!op.summary) missing.push(`${m} ${p}`);
    }
    expect(missing).toEqual([]);
  });
});
