import { INestApplication, RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_KEY, AccessRule, PUBLIC_KEY } from '@kompeten/api/core';
import { createTestDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { DataSource } from 'typeorm';
import { bootFullApp } from './test-support';

interface Route { method: string; path: string; rule?: AccessRule; isPublic: boolean }

/** Every route of the running application, read from Nest's own metadata (not a hand-kept list). */
function discoverRoutes(app: INestApplication): Route[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '')[0];
    const version = Reflect.getMetadata('__version__', wrapper.metatype);
    const proto = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const prefix = typeof version === 'symbol' ? '/api' : '/api/v1';
      const full = `${prefix}/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
      routes.push({
        method, path: full,
        rule: reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [handler, wrapper.metatype]),
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, wrapper.metatype]),
      });
    }
  }
  return routes;
}

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
