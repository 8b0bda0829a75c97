import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@kompeten/api/core';
import { createTestDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { loggerOptions, maskPersonalData } from './logger';
import { bootFullApp } from './test-support';

/** Security headers, the strict Content-Security-Policy, closed CORS and personal data kept out of logs. */
describe('security headers, CORS and log masking', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let open: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ app } = await bootFullApp(db.url));
    ({ app: open } = await bootFullApp(db.url, { CORS_ORIGINS: 'https://simpeg.jakarta.go.id' }));
  });
  afterAll(async () => {
    await app?.close();
    await open?.close();
    await db?.drop();
  });

  it('sends a strict Content-Security-Policy and the other protective headers on every response', async () => {
    for (const path of ['/api/health', '/api/v1/employees', '/api/v1/tidak-ada']) {
      const res = await request(app.getHttpServer()).get(path);
      const csp = String(res.headers['content-security-policy']);
      for (const d of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'", "base-uri 'self'"]) expect(csp).toContain(d);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps CORS closed by default and opens it only to the configured origins', async () => {
    const preflight = (a: INestApplication, origin: string) => request(a.getHttpServer()).options('/api/v1/employees')
      .set('Origin', origin).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization');
    expect((await preflight(app, 'https://simpeg.jakarta.go.id')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(open, 'https://evil.example.com')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(open, 'https://simpeg.jakarta.go.id')).headers['access-control-allow-origin']).toBe('https://simpeg.jakarta.go.id');
  });

  it('masks NIP, NIK and e-mail addresses in log lines and request URLs, and drops credentials', () => {
    expect(maskPersonalData('login 199308242019032011 dari ayu.lestari@jakarta.go.id, NIK 3171234567890123'))
      .not.toMatch(/199308242019032011|3171234567890123|ayu\.lestari@/);
    const opts = loggerOptions(loadConfig({ NODE_ENV: 'test' })).pinoHttp as {
      serializers: { req: (r: { id: number; method: string; url: string }) => { url: string } };
      redact: { paths: string[] };
      hooks: { logMethod: (this: unknown, args: unknown[], method: (...a: unknown[]) => void) => void };
    };
    const url = opts.serializers.req({ id: 1, method: 'GET', url: '/api/v1/employees?q=199308242019032011&email=ayu.lestari@jakarta.go.id' }).url;
    expect(url).not.toContain('199308242019032011');
    expect(url).not.toContain('ayu.lestari@');
    expect(opts.redact.paths).toEqual(expect.arrayContaining(['req.headers.authorization', 'req.headers.cookie']));
    const logged: unknown[] = [];
    opts.hooks.logMethod.call(null, ['Impor gagal untuk NIP 199308242019032011'], (...a: unknown[]) => logged.push(...a));
    expect(String(logged[0])).not.toContain('199308242019032011');
  });
});
