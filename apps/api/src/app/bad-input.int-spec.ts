import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@kompeten/api/core';
import { createTestDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { bearer } from '@kompeten/api/identity/testing';
import { seedDemoOnce, seedReference } from '../boot/seed';
import { bootFullApp } from './test-support';

/*
 * Generated bad input (issue "Reliability and security proofs"). Every operation of the running
 * application's own OpenAPI document that takes input — path parameters, query, JSON body or an
 * upload — is called with requests fast-check builds from its schema and then breaks: wrong types,
 * missing and extra fields, huge strings, unicode edge cases, negative and huge numbers, bad dates,
 * invalid NIP/NIK, SQL and script fragments, malformed JSON, garbage and oversized files. A new
 * endpoint joins automatically. Each response must be a 4xx problem+json (a 400 names the field) or a
 * 2xx where the input happened to be valid — never a 5xx — and a rejected write must leave the
 * database exactly as it was.
 */

type Schema = { type?: string; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>; required?: string[]; $ref?: string; example?: unknown; format?: string; nullable?: boolean };
interface Operation { method: 'get' | 'post' | 'put' | 'patch' | 'delete'; path: string; body?: Schema; multipart: boolean; query: string[] }
interface Req { path: string; query: Record<string, string | string[]>; body?: unknown; raw?: string; file?: { buf: Buffer; name: string; type: string } | null }

const TOTAL_REQUESTS = 10_500;
const WRITE = new Set(['post', 'put', 'patch', 'delete']);
/** Query names every list endpoint of this API may read; unknown ones must be refused, not ignored. */
const COMMON_QUERY = ['limit', 'offset', 'sort', 'q', 'search', 'status', 'unitId', 'positionId', 'from', 'to', 'year', 'type', 'golongan', 'groupBy', 'targetPositionId', 'employeeId', 'kind', 'includeSubunits', 'bogusParam'];

const NASTY = [
  '', ' ', 'a'.repeat(100_000), '\u0000', 'abc\u0000def', '\uD800', '\uDFFF\uD800', '😀'.repeat(500), '\u202Eevil', 'ẞ̵̡̛̛̲̦̝̖͙̯̞̪̠', 'ﷺ',
  "'; DROP TABLE employee; --", "' OR '1'='1", '1; SELECT pg_sleep(5)', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")', '../../../etc/passwd', '%00', '%', '_', '\\', 'null', 'undefined', 'true', '[]', '{}', '${jndi:ldap://x/a}', '{{7*7}}',
  '1e309', '-1', '-0', '0', '9999999999999999999999', 'NaN', 'Infinity', '0x1F', '2026-02-30', '9999-99-99', '2026-13-01', '1900-01-01', '31/12/2026',
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '199308242019132011', '19930824201903301', '1993082420190320110',
  '000000000000000000', '3171234567890123', '317123456789012', 'III/z', 'V/a', 'EMPLOYEE', 'ADMIN',
];

const nasty = fc.constantFrom(...NASTY);
/** encodeURIComponent refuses lone surrogates: send them as the invalid UTF-8 a broken client would. */
const safeEncode = (s: string) => { try { return encodeURIComponent(s); } catch { return '%ED%A0%80'; } };
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-1), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(1e308),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)), fc.constant({ $gt: '' }), fc.constant({ __proto__: { admin: true } }),
);

function resolve(doc: OpenAPIObject, s: Schema | undefined): Schema | undefined {
  if (!s?.$ref) return s;
  return resolve(doc, (doc.components?.schemas as Record<string, Schema>)[s.$ref.split('/').pop() as string]);
}

/** A value of the schema's own shape (so some requests get past validation and reach the service). */
function plausible(doc: OpenAPIObject, raw: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, raw);
  if (!s || depth > 3) return fc.constant(null);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string': return fc.oneof(s.example !== undefined ? fc.constant(s.example) : fc.string({ maxLength: 20 }), fc.constantFrom(...ids), nasty);
    case 'number': case 'integer': return fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constant(1e9));
    case 'boolean': return fc.boolean();
    case 'array': return fc.array(plausible(doc, s.items, ids, depth + 1), { maxLength: 3 });
    case 'object': {
      if (!s.properties) return fc.oneof(fc.constant(null), nasty, fc.constantFrom(...ids));
      const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, plausible(doc, v, ids, depth + 1)]));
      return fc.record(props, { requiredKeys: [] });
    }
    default: return fc.oneof(nasty, fc.constantFrom(...ids));
  }
}

/** Breaks a plausible body in one of the ways clients really do. */
function brokenBody(doc: OpenAPIObject, schema: Schema, ids: string[]): fc.Arbitrary<{ body?: unknown; raw?: string }> {
  const s = resolve(doc, schema) ?? {};
  const keys = Object.keys(s.properties ?? {});
  const base = plausible(doc, s, ids) as fc.Arbitrary<Record<string, unknown> | null>;
  const withKey = keys.length ? fc.constantFrom(...keys) : fc.constant('x');
  return fc.oneof(
    fc.tuple(base, withKey, wrongValue).map(([b, k, v]) => ({ body: { ...(b ?? {}), [k]: v } })),
    fc.tuple(base, withKey).map(([b, k]) => { const o = { ...(b ?? {}) }; delete o[k]; return { body: o }; }),
    fc.tuple(base, fc.constantFrom('isAdmin', 'id', 'roles', '__proto__', 'constructor', 'passwordHash', 'version'), wrongValue).map(([b, k, v]) => ({ body: { ...(b ?? {}), [k]: v } })),
    base.map((b) => ({ body: b })),
    fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] }).map((b) => ({ body: b })),
    wrongValue.map((v) => ({ body: v })),
    fc.constantFrom('{"a":', '{', 'not json', '[1,2', '{"name": "\\u0000"}', '{"__proto__": {"x": 1}}', `{"deep": ${'['.repeat(500)}${']'.repeat(500)}}`).map((raw) => ({ raw })),
  );
}

const fileArb: fc.Arbitrary<Req['file']> = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('data.csv', 'data.xlsx', 'framework.json', 'x.exe', 'noext', '../../evil.csv', '😀.csv'))
    .map(([b, name]) => ({ buf: Buffer.from(b), name, type: 'application/octet-stream' })),
  fc.constantFrom(
    'nip,nama\n"unterminated,quote\n', 'a;b;c\n1;2;3', '\uFEFFnip,name\n' + '1,'.repeat(5000), '=cmd|" /C calc"!A0,x\n', 'nip\n'.repeat(3),
    '{"CFDocument": 1}', '{"CFDocument": {"identifier": "x"}, "CFItems": [{}], "CFAssociations": [{"originNodeURI": null}]}', '[]', 'null',
  ).map((t) => ({ buf: Buffer.from(t), name: 'data.csv', type: 'text/csv' })),
  fc.constant({ buf: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]), name: 'broken.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  fc.constant({ buf: Buffer.alloc(1_300_000, 65), name: 'huge.csv', type: 'text/csv' }),
);

function operations(doc: OpenAPIObject): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, { parameters?: Array<{ in: string; name: string }>; requestBody?: { content: Record<string, { schema: Schema }> } }>)[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const multipart = !!content['multipart/form-data'];
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const hasPath = /\{\w+\}/.test(path);
      const body = content['application/json']?.schema;
      // Input-taking operations only: a plain GET without parameters has nothing to break.
      if (!hasPath && !query.length && !body && !multipart && !(method === 'get' && /s$|log$|runs$/.test(path))) continue;
      ops.push({ method, path, body, multipart, query });
    }
  }
  return ops;
}

describe('generated bad input on every endpoint that takes input', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let ds: DataSource;
  let doc: OpenAPIObject;
  let adminTok: string;
  let hrTok: string;
  let ids: string[];
  const stats = { requests: 0, rejected: 0, accepted: 0, serverErrors: 0, writeChecks: 0 };
  const violations: string[] = [];

  /**
   * Committed row changes in this (private) test database, counted by a row trigger on every table
   * installed below: a rolled-back write leaves the counter as it was, any committed insert, update or
   * delete moves it. Reading one row keeps the check cheap enough to run after every rejected write.
   */
  const fingerprint = async () => String((await ds.query(`SELECT n FROM fuzz_row_changes`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ app, doc } = await bootFullApp(db.url, { UPLOAD_MAX_MB: '1' }));
    ds = app.get(DataSource);
    await seedReference(ds);
    await seedDemoOnce(ds, loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' }));
    adminTok = await bearer(app, 'admin', 'Admin#2026');
    hrTok = await bearer(app, '198503122010012003', 'Kompeten#2026');
    const tables: Array<{ t: string }> = await ds.query(`SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY 1`);
    await ds.query(`CREATE TABLE fuzz_row_changes (n bigint NOT NULL); INSERT INTO fuzz_row_changes VALUES (0);
      CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE fuzz_row_changes SET n = n + 1; RETURN NULL; END $$`);
    for (const { t } of tables) await ds.query(`CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION fuzz_count_change()`);
    // Real ids of every kind, so generated requests also reach records that exist (not only 404s).
    const [admin] = await ds.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const pool: Array<{ id: string }> = await ds.query(
      `(SELECT id::text FROM employee ORDER BY nip LIMIT 8) UNION ALL (SELECT id::text FROM unit ORDER BY code LIMIT 5)
       UNION ALL (SELECT id::text FROM position ORDER BY code LIMIT 5) UNION ALL (SELECT id::text FROM competency_framework LIMIT 3)
       UNION ALL (SELECT id::text FROM competency LIMIT 3) UNION ALL (SELECT id::text FROM position_standard LIMIT 3)
       UNION ALL (SELECT id::text FROM competency_assessment LIMIT 3) UNION ALL (SELECT id::text FROM app_user WHERE id <> $1 LIMIT 4)`, [admin.id]);
    ids = pool.map((r) => r.id);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const send = async (op: Operation, r: Req, tok: string) => {
    const http = request(app.getHttpServer());
    let q = http[op.method](r.path).set('Authorization', tok).query(r.query).timeout(20_000);
    if (op.multipart) {
      if (r.file) q = q.attach('file', r.file.buf, { filename: r.file.name, contentType: r.file.type });
      else q = q.field('file', 'not a file');
      return q;
    }
    if (r.raw !== undefined) return q.set('Content-Type', 'application/json').send(r.raw);
    if (r.body === undefined) return q;
    // Scalars and null go as the JSON text a client would send.
    return typeof r.body === 'object' && r.body !== null ? q.send(r.body as object) : q.set('Content-Type', 'application/json').send(JSON.stringify(r.body));
  };

  it('covers enough of the API', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(40);
    expect(ops.filter((o) => o.multipart).length).toBeGreaterThanOrEqual(3);
  });

  it(`answers ${TOTAL_REQUESTS.toLocaleString('en')}+ malformed requests with 4xx problem+json (or 2xx when valid), never a 5xx, and rejected writes change nothing`, async () => {
    const ops = operations(doc);
    const runs = Math.max(40, Math.ceil(TOTAL_REQUESTS / ops.length));
    for (const op of ops) {
      const pathArb = fc.tuple(...(op.path.match(/\{\w+\}/g) ?? []).map(() => fc.oneof(fc.constantFrom(...ids), nasty.map((s) => safeEncode(s).slice(0, 3000)))))
        .map((vals) => { let p = op.path; for (const v of vals) p = p.replace(/\{\w+\}/, v || '%20'); return p; });
      const queryArb = fc.dictionary(fc.constantFrom(...new Set([...op.query, ...(op.method === 'get' ? COMMON_QUERY : ['bogusParam'])])),
        fc.oneof(nasty, fc.array(nasty, { minLength: 2, maxLength: 3 })), { maxKeys: 3 });
      const bodyArb = op.body ? brokenBody(doc, op.body, ids) : fc.constant({});
      const arb = fc.record({ path: pathArb, query: queryArb, b: bodyArb, file: op.multipart ? fileArb : fc.constant(null), asHr: fc.boolean() });
      let before = WRITE.has(op.method) ? await fingerprint() : '';
      await fc.assert(fc.asyncProperty(arb, async ({ path, query, b, file, asHr }) => {
        const req: Req = { path, query, ...b, file };
        const res = await send(op, req, asHr ? hrTok : adminTok);
        stats.requests++;
        const where = `${op.method.toUpperCase()} ${op.path} → ${res.status}`;
        if (res.status >= 500) {
          stats.serverErrors++;
          violations.push(`${where}: server error for ${path.slice(0, 100)} ${JSON.stringify({ query, b }).slice(0, 300)}`);
          return;
        }
        if (res.status >= 400) {
          stats.rejected++;
          const type = String(res.headers['content-type'] ?? '');
          if (!type.includes('application/problem+json') || typeof res.body?.code !== 'string') violations.push(`${where}: not problem+json (${type})`);
          else if (res.status === 400 && !(Array.isArray(res.body.errors) && res.body.errors.length && res.body.errors.every((e: { field?: unknown }) => typeof e.field === 'string' && e.field))) {
            violations.push(`${where}: 400 without the field named: ${res.body.detail}`);
          }
          if (WRITE.has(op.method)) {
            stats.writeChecks++;
            const after = await fingerprint();
            if (after !== before) violations.push(`${where}: rejected write changed the database`);
            before = after;
          }
        } else {
          stats.accepted++;
          if (WRITE.has(op.method)) before = await fingerprint();
        }
      }), { numRuns: runs, seed: 20261201 + ops.indexOf(op), endOnFailure: true });
    }
    console.log(`bad input: ${stats.requests} requests over ${ops.length} operations; ${stats.rejected} rejected (4xx), ${stats.accepted} accepted (2xx), ` +
      `${stats.serverErrors} server errors; ${stats.writeChecks} rejected writes checked against the database fingerprint`);
    // Grouped so one bug shows once with how often it happened, not forty times.
    const grouped = new Map<string, { n: number; example: string }>();
    for (const v of violations) {
      const key = v.slice(0, v.indexOf(':') + 1) + v.slice(v.indexOf(':') + 1).replace(/for .*/, '').slice(0, 60);
      const g = grouped.get(key) ?? { n: 0, example: v.slice(0, 400) };
      g.n++;
      grouped.set(key, g);
    }
    expect(stats.requests).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
    expect([...grouped.values()].map((g) => `${g.n}× ${g.example}`)).toEqual([]);
  }, 900_000);
});
