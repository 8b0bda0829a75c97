import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '@kompeten/shared/contract';
import { createTestDatabase, TEST_JWT_SECRET, TestDatabase } from '@kompeten/api/core/testing';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { seedReference } from '../boot/seed';
import { bootFullApp, discoverRoutes, type Route } from './test-support';

/*
 * The role and scope matrix (issue "Reliability and security proofs"), generated from the
 * application's own route list. Every route must have an entry below saying how to address a record
 * of each scope; a new route without one fails the first test. For every route × every role ×
 * the targets own / same unit / other unit / another agency, the outcome is derived from the route's
 * declared @Access rule and the scope semantics, and checked: refused = 403 problem+json, allowed =
 * anything but 401/403 (a 400 or 404 from sample input still proves access was granted; no 5xx ever).
 * Lists are checked for what they leak instead: another unit's or agency's rows never appear.
 * Refusals run first, on intact fixtures; allowed calls may then change data.
 */

type Who = 'admin' | 'hr' | 'sup' | 'emp' | 'trainer' | 'assessor';
type Target = 'own' | 'same' | 'other' | 'agency';
const WHO: Record<Who, Role[]> = {
  admin: ['ADMIN'], hr: ['HR_OFFICER', 'EMPLOYEE'], sup: ['SUPERVISOR', 'EMPLOYEE'], emp: ['EMPLOYEE'],
  trainer: ['TRAINER', 'EMPLOYEE'], assessor: ['ASSESSOR', 'EMPLOYEE'],
};
const TARGETS: Target[] = ['own', 'same', 'other', 'agency'];

interface Fixture {
  /** The caller's own employee record (admin has none). */
  employee: Record<Who, string | null>;
  unit: { a1: string; a1child: string; a2: string; b1: string };
  /** An employee per target, as seen from the caller. */
  targetEmployee(who: Who, t: Target): string | null;
  /** A unit per target, as seen from the caller. */
  targetUnit(who: Who, t: Target): string;
  position: Record<'a1' | 'a2' | 'b1', string>;
  competency: string;
  assessmentOf: Record<string, string>;
  victimUser: string;
  framework: string;
  standard: string;
}

interface Call { path: string; body?: unknown; query?: Record<string, string> }
type Expect = (who: Who, t: Target) => boolean;

/** How each route is addressed, by `METHOD /path` (paths as the app declares them, params as :name). */
interface Entry {
  /** record: the target is in path/body; list: the response must not leak; global: no per-record scope. */
  kind: 'record' | 'list' | 'global';
  /** Which scope rule decides (defaults to the route's declared scope). */
  scope?: 'employee' | 'unit';
  call: (f: Fixture, who: Who, t: Target) => Call;
  /** Overrides the derived expectation where a route's own rule is narrower. */
  allow?: Expect;
  /** For lists: ids that must not appear for this caller and target. */
  leaks?: (f: Fixture, who: Who, t: Target) => string[];
}

const level = (competency: string, l = 3) => ({ competencyId: competency, level: l });
const today = new Date().toISOString().slice(0, 10);

/** Only the records the caller's scope covers: ADMIN all; HR his subtree; a supervisor his reports; everyone himself. */
const employeeScope: Expect = (who, t) => who === 'admin' || t === 'own' || (t === 'same' && (who === 'hr' || who === 'sup'));
/** Unit data: ADMIN all; HR his subtree (own unit and its child); others their own unit only (reads). */
const unitScope: Expect = (who, t) => who === 'admin' || (who === 'hr' && (t === 'own' || t === 'same'));

const MATRIX: Record<string, Entry> = {
  // --- identity ---
  'GET /api/v1/auth/me': { kind: 'global', call: () => ({ path: '/auth/me' }) },
  'POST /api/v1/auth/change-password': { kind: 'global', call: () => ({ path: '/auth/change-password', body: { currentPassword: 'salah', newPassword: 'x' } }) },
  'PATCH /api/v1/auth/preferences': { kind: 'global', call: () => ({ path: '/auth/preferences', body: { language: 'id' } }) },
  'GET /api/v1/users': { kind: 'global', call: () => ({ path: '/users' }) },
  'GET /api/v1/users/:id': { kind: 'global', call: (f) => ({ path: `/users/${f.victimUser}` }) },
  'POST /api/v1/users': { kind: 'global', call: () => ({ path: '/users', body: { username: `u${randomUUID().slice(0, 8)}`, displayName: 'Pengguna Uji', roles: ['EMPLOYEE'], password: 'Rahasia12345' } }) },
  'PATCH /api/v1/users/:id': { kind: 'global', call: (f) => ({ path: `/users/${f.victimUser}`, body: { roles: ['EMPLOYEE'] } }) },
  'POST /api/v1/users/:id/reset-password': { kind: 'global', call: (f) => ({ path: `/users/${f.victimUser}/reset-password`, body: { newPassword: 'Sementara12345' } }) },
  'GET /api/v1/audit-log': { kind: 'global', call: () => ({ path: '/audit-log' }) },
  // --- organisation ---
  'GET /api/v1/agencies': { kind: 'global', call: () => ({ path: '/agencies' }) },
  'GET /api/v1/home': { kind: 'global', call: () => ({ path: '/home' }) },
  'GET /api/v1/units': {
    kind: 'list', call: () => ({ path: '/units' }),
    leaks: (f, who) => (who === 'admin' ? [] : [f.unit.a2, f.unit.b1]),
  },
  'GET /api/v1/units/:id': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: `/units/${f.targetUnit(w, t)}` }) },
  'POST /api/v1/units': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: '/units', body: { parentId: f.targetUnit(w, t), code: `U${randomUUID().slice(0, 6).toUpperCase()}`, name: 'Subbagian Uji', kind: 'subbagian' } }) },
  'PATCH /api/v1/units/:id': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: `/units/${f.targetUnit(w, t)}`, body: { name: 'Unit Diubah', version: 1 } }) },
  'POST /api/v1/units/:id/move': {
    kind: 'record', scope: 'unit',
    // Moving the target under the caller's own unit: the target itself is what the scope decides.
    call: (f, w, t) => ({ path: `/units/${t === 'own' ? f.unit.a1child : f.targetUnit(w, t)}/move`, body: { newParentId: f.unit.a1 } }),
  },
  'GET /api/v1/positions': {
    kind: 'list', call: () => ({ path: '/positions', query: { limit: '200' } }),
    leaks: (f, who) => (who === 'admin' ? [] : [f.position.a2, f.position.b1]),
  },
  'GET /api/v1/positions/:id': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: `/positions/${positionFor(f, t)}` }) },
  'POST /api/v1/positions': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: '/positions', body: { unitId: f.targetUnit(w, t), code: `P${randomUUID().slice(0, 6).toUpperCase()}`, name: 'Analis Uji', type: 'PELAKSANA', grade: 6 } }) },
  'PATCH /api/v1/positions/:id': { kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: `/positions/${positionFor(f, t)}`, body: { name: 'Jabatan Diubah', version: 1 } }) },
  'GET /api/v1/employees': {
    kind: 'list', call: () => ({ path: '/employees', query: { limit: '200' } }),
    leaks: (f, who) => (who === 'admin' ? [] : [f.targetEmployee(who, 'other'), f.targetEmployee(who, 'agency'), ...(who === 'emp' || who === 'trainer' || who === 'assessor' ? [f.targetEmployee(who, 'same')] : [])].filter((x): x is string => !!x)),
  },
  'GET /api/v1/employees/me': { kind: 'global', call: () => ({ path: '/employees/me' }) },
  'GET /api/v1/employees/:id': { kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}` }) },
  'GET /api/v1/employees/:id/history': { kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}/history` }) },
  'POST /api/v1/employees': {
    kind: 'record', scope: 'unit',
    call: (f, w, t) => ({ path: '/employees', body: { nip: nextNip(), name: 'Pegawai Baru', gender: 'L', birthDate: '1990-01-01', golongan: 'III/a', employmentType: 'PNS', unitId: f.targetUnit(w, t) } }),
  },
  'PATCH /api/v1/employees/:id': {
    kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}`, body: { name: 'Nama Diubah', version: 1 } }),
    // HR writes by unit subtree only: the supervisor reads his team but does not edit their records.
    allow: (who, t) => who === 'admin' || (who === 'hr' && (t === 'own' || t === 'same')),
  },
  'GET /api/v1/employees/import/template': { kind: 'global', call: () => ({ path: '/employees/import/template' }) },
  'POST /api/v1/employees/import': { kind: 'global', call: () => ({ path: '/employees/import' }) },
  'GET /api/v1/imports/:id': { kind: 'global', call: () => ({ path: `/imports/${randomUUID()}` }) },
  // --- competency ---
  'GET /api/v1/competency-frameworks': { kind: 'global', call: () => ({ path: '/competency-frameworks' }) },
  'GET /api/v1/competency-frameworks/:id': { kind: 'global', call: (f) => ({ path: `/competency-frameworks/${f.framework}` }) },
  'POST /api/v1/competency-frameworks': { kind: 'global', call: () => ({ path: '/competency-frameworks', body: { code: `K${randomUUID().slice(0, 6).toUpperCase()}`, name: 'Kamus Uji' } }) },
  'PATCH /api/v1/competency-frameworks/:id': { kind: 'global', call: (f) => ({ path: `/competency-frameworks/${f.framework}`, body: { name: 'x', rowVersion: 1 } }) },
  'POST /api/v1/competency-frameworks/:id/publish': { kind: 'global', call: () => ({ path: `/competency-frameworks/${randomUUID()}/publish` }) },
  'POST /api/v1/competency-frameworks/:id/retire': { kind: 'global', call: () => ({ path: `/competency-frameworks/${randomUUID()}/retire` }) },
  'POST /api/v1/competency-frameworks/:id/new-version': { kind: 'global', call: () => ({ path: `/competency-frameworks/${randomUUID()}/new-version` }) },
  'POST /api/v1/competency-frameworks/:id/groups': { kind: 'global', call: () => ({ path: `/competency-frameworks/${randomUUID()}/groups`, body: {} }) },
  'POST /api/v1/competency-frameworks/:id/competencies': { kind: 'global', call: () => ({ path: `/competency-frameworks/${randomUUID()}/competencies`, body: {} }) },
  'GET /api/v1/competency-frameworks/:id/export': { kind: 'global', call: (f) => ({ path: `/competency-frameworks/${f.framework}/export` }) },
  'POST /api/v1/competency-frameworks/import': { kind: 'global', call: () => ({ path: '/competency-frameworks/import' }) },
  'PUT /api/v1/competencies/:id': { kind: 'global', call: () => ({ path: `/competencies/${randomUUID()}`, body: {} }) },
  'DELETE /api/v1/competencies/:id': { kind: 'global', call: () => ({ path: `/competencies/${randomUUID()}` }) },
  'GET /api/v1/position-standards': { kind: 'global', call: () => ({ path: '/position-standards' }) },
  'GET /api/v1/position-standards/for-position/:positionId': { kind: 'global', call: (f) => ({ path: `/position-standards/for-position/${f.position.a1}` }) },
  'GET /api/v1/position-standards/:id': { kind: 'global', call: (f) => ({ path: `/position-standards/${f.standard}` }) },
  'POST /api/v1/position-standards': { kind: 'global', call: () => ({ path: '/position-standards', body: {} }) },
  'POST /api/v1/position-standards/generate-defaults': { kind: 'global', call: () => ({ path: '/position-standards/generate-defaults', body: {} }) },
  'GET /api/v1/employees/:id/assessments': { kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}/assessments` }) },
  'GET /api/v1/employees/:id/gaps': { kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}/gaps` }) },
  'GET /api/v1/employees/:id/assessment-sheet': { kind: 'record', scope: 'employee', call: (f, w, t) => ({ path: `/employees/${f.targetEmployee(w, t)}/assessment-sheet` }) },
  'POST /api/v1/assessments': {
    kind: 'record', scope: 'employee',
    call: (f, w, t) => ({
      path: '/assessments',
      body: {
        employeeId: f.targetEmployee(w, t), assessedAt: today, items: [level(f.competency)],
        method: w === 'admin' || w === 'hr' ? 'ASSESSMENT_CENTER' : t === 'own' ? 'SELF' : 'SUPERVISOR',
      },
    }),
  },
  'POST /api/v1/assessments/:id/void': {
    kind: 'record', scope: 'employee',
    call: (f, w, t) => ({ path: `/assessments/${f.assessmentOf[f.targetEmployee(w, t) as string]}/void`, body: { reason: 'Salah input nilai' } }),
    // Fixture assessments are recorded by HR (own unit) or the admin: a supervisor may void only his own.
    allow: (who, t) => who === 'admin' || (who === 'hr' && (t === 'own' || t === 'same')),
  },
  'GET /api/v1/assessments/import/template': { kind: 'global', call: () => ({ path: '/assessments/import/template' }) },
  'POST /api/v1/assessments/import': { kind: 'global', call: () => ({ path: '/assessments/import' }) },
  'GET /api/v1/team/gaps': { kind: 'global', call: () => ({ path: '/team/gaps' }) },
  'GET /api/v1/units/:id/heatmap': {
    kind: 'record', scope: 'unit', call: (f, w, t) => ({ path: `/units/${f.targetUnit(w, t)}/heatmap` }),
    allow: (who, t) => unitScope(who, t) || (who === 'sup' && t === 'own'),
  },
  'GET /api/v1/competency-policy': { kind: 'global', call: () => ({ path: '/competency-policy' }) },
  'PUT /api/v1/competency-policy': { kind: 'global', call: () => ({ path: '/competency-policy', body: {} }) },
  // --- notification ---
  'GET /api/v1/mail-log': { kind: 'global', call: () => ({ path: '/mail-log' }) },
  'GET /api/v1/mail-log/summary': { kind: 'global', call: () => ({ path: '/mail-log/summary' }) },
  'GET /api/v1/mail-log/:id': { kind: 'global', call: () => ({ path: `/mail-log/${randomUUID()}` }) },
  'POST /api/v1/mail-log/:id/retry': { kind: 'global', call: () => ({ path: `/mail-log/${randomUUID()}/retry` }) },
  'GET /api/v1/jobs': { kind: 'global', call: () => ({ path: '/jobs' }) },
  'GET /api/v1/jobs/runs': { kind: 'global', call: () => ({ path: '/jobs/runs' }) },
  'POST /api/v1/jobs/:name/run': { kind: 'global', call: () => ({ path: '/jobs/tidak.ada/run' }) },
  'GET /api/v1/me/notification-preferences': { kind: 'global', call: () => ({ path: '/me/notification-preferences' }) },
  'PUT /api/v1/me/notification-preferences': { kind: 'global', call: () => ({ path: '/me/notification-preferences', body: { mutedCategories: [] } }) },
};

const positionFor = (f: Fixture, t: Target) => (t === 'other' ? f.position.a2 : t === 'agency' ? f.position.b1 : f.position.a1);
let nipSeq = 0;
/** A valid NIP no fixture uses (sequence 800+). */
const nextNip = () => `19900101201503${1}${String(800 + ++nipSeq).padStart(3, '0')}`;

describe('role and scope matrix (generated from the route list)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let ds: DataSource;
  let routes: Route[];
  let f: Fixture;
  const tok = {} as Record<Who, string>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ app } = await bootFullApp(db.url));
    ds = app.get(DataSource);
    await seedReference(ds);
    routes = discoverRoutes(app).filter((r) => !r.isPublic);
    f = await buildFixture(ds);
    for (const who of Object.keys(WHO) as Who[]) tok[who] = await bearer(app, `m_${who}`);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const key = (r: Route) => `${r.method} ${r.path}`;

  it('has an entry for every route of the application (a new route must say how its scope is tested)', () => {
    expect(routes.map(key).filter((k) => !MATRIX[k])).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !routes.some((r) => key(r) === k))).toEqual([]);
  });

  /** Expected outcome for one cell, from the route's declared roles and the entry's scope rule. */
  function allowed(r: Route, e: Entry, who: Who, t: Target): boolean {
    const roles = r.rule?.roles ?? [];
    if (roles !== 'any' && !roles.some((x) => WHO[who].includes(x))) return false;
    if (e.kind !== 'record') return true;
    if (e.allow) return e.allow(who, t);
    return (e.scope ?? (r.rule?.scope === 'unit' ? 'unit' : 'employee')) === 'unit' ? unitScope(who, t) : employeeScope(who, t);
  }

  const send = (r: Route, c: Call, who: Who) => {
    const q = http()[r.method.toLowerCase() as 'get'](`/api/v1${c.path}`).set('Authorization', tok[who]).query(c.query ?? {});
    return c.body === undefined ? q : q.send(c.body as object);
  };

  it('refuses every cell the rules forbid with 403 problem+json, and lists never leak another unit or agency', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const r of routes) {
      const e = MATRIX[key(r)];
      if (!e) continue;
      for (const who of Object.keys(WHO) as Who[]) {
        for (const t of e.kind === 'record' ? TARGETS : (['own'] as Target[])) {
          if (e.kind === 'record' && who === 'admin' && t === 'own' && !f.employee.admin && (e.scope ?? r.rule?.scope) === 'employee') continue;
          const ok = allowed(r, e, who, t);
          if (ok && e.kind !== 'list') continue; // allowed cells run in the next test, after every refusal
          cells++;
          const res = await send(r, e.call(f, who, t), who);
          if (!ok) {
            if (res.status !== 403 || !String(res.headers['content-type']).includes('problem+json')) wrong.push(`${key(r)} as ${who} on ${t}: expected 403, got ${res.status} ${res.body?.detail ?? ''}`);
          } else if (e.leaks) {
            const text = JSON.stringify(res.body);
            for (const id of e.leaks(f, who, t)) if (text.includes(id)) wrong.push(`${key(r)} as ${who}: leaks ${id}`);
            if (res.status >= 400) wrong.push(`${key(r)} as ${who}: list refused with ${res.status}`);
          }
        }
      }
    }
    console.log(`access matrix: ${cells} refused or list cells checked`);
    expect(wrong).toEqual([]);
  });

  it('lets every cell the rules allow through (never 401/403, never 5xx)', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const r of routes) {
      const e = MATRIX[key(r)];
      if (!e || e.kind === 'list') continue;
      for (const who of Object.keys(WHO) as Who[]) {
        for (const t of e.kind === 'record' ? TARGETS : (['own'] as Target[])) {
          if (e.kind === 'record' && who === 'admin' && t === 'own' && (e.scope ?? r.rule?.scope) === 'employee') continue;
          if (!allowed(r, e, who, t)) continue;
          cells++;
          const res = await send(r, e.call(f, who, t), who);
          if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${key(r)} as ${who} on ${t}: expected access, got ${res.status} ${res.body?.detail ?? ''}`);
        }
      }
    }
    console.log(`access matrix: ${cells} allowed cells checked over ${routes.length} routes × ${Object.keys(WHO).length} roles × ${TARGETS.length} targets`);
    expect(wrong).toEqual([]);
  });

  it('refuses expired and tampered tokens, tokens of a deactivated user and of a deleted one, on every non-public route', async () => {
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const [{ id }] = await ds.query(`SELECT id FROM app_user WHERE username = 'm_emp'`);
    const expired = jwt.sign({ sub: id, roles: ['EMPLOYEE'], typ: 'access' }, { expiresIn: -60 });
    const forged = new JwtService({ secret: 'a-different-secret-that-is-long-enough-000' }).sign({ sub: id, roles: ['ADMIN'], typ: 'access' });
    const [h, p, s] = tok.emp.slice(7).split('.');
    const elevated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['ADMIN'] })).toString('base64url');
    const tampered = `${h}.${elevated}.${s}`;
    const refresh = jwt.sign({ sub: id, roles: ['EMPLOYEE'], typ: 'refresh' });
    const ghost = jwt.sign({ sub: randomUUID(), roles: ['ADMIN'], typ: 'access' });
    const victim = await createUser(ds, { username: 'm_deactivated', roles: ['ADMIN'] });
    const deactivated = await bearer(app, 'm_deactivated');
    await ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [victim]);
    const wrong: string[] = [];
    for (const r of routes) {
      for (const [name, t] of Object.entries({ expired, forged, tampered, refresh, ghost, deactivated: deactivated.slice(7) })) {
        const res = await http()[r.method.toLowerCase() as 'get'](r.path.replace(/:[A-Za-z]+/g, randomUUID())).set('Authorization', `Bearer ${t}`);
        if (res.status !== 401) wrong.push(`${key(r)} with ${name} token → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * Agency A (units A1 with a child, A2) and agency B (unit B1). In A1: the supervisor's employee
 * (boss) and his reports (staff, colleague, trainer, assessor) and the HR officer (scope A1). A2 and B1
 * hold one employee each who belongs to nobody's team.
 */
async function buildFixture(ds: DataSource): Promise<Fixture> {
  const agency = async (code: string) => (await ds.query(`INSERT INTO agency (code, name) VALUES ($1, $2) RETURNING id`, [code, `Instansi ${code}`]))[0].id as string;
  const unit = async (agencyId: string, code: string, parent: string | null) => {
    const id = randomUUID();
    const p = parent ? (await ds.query(`SELECT path, depth FROM unit WHERE id = $1`, [parent]))[0] : null;
    await ds.query(`INSERT INTO unit (id, agency_id, parent_id, code, name, kind, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, agencyId, parent, code, `Unit ${code}`, parent ? 'bidang' : 'dinas', `${p?.path ?? '/'}${id}/`, p ? p.depth + 1 : 0]);
    return id;
  };
  const position = async (unitId: string, code: string) => (await ds.query(
    `INSERT INTO position (unit_id, code, name, type, grade) VALUES ($1, $2, $3, 'PELAKSANA', 6) RETURNING id`, [unitId, code, `Jabatan ${code}`]))[0].id as string;
  let seq = 0;
  const employee = async (unitId: string, name: string, supervisorId: string | null, positionId: string | null = null) => {
    seq++;
    const nip = `1980010${seq % 10}2005011${String(seq).padStart(3, '0')}`;
    const [{ id }] = await ds.query(
      `INSERT INTO employee (nip, name, gender, birth_date, golongan, employment_type, unit_id, supervisor_id, position_id)
       VALUES ($1, $2, 'L', $3, 'III/a', 'PNS', $4, $5, $6) RETURNING id`, [nip, name, `1980-01-0${seq % 10}`, unitId, supervisorId, positionId]);
    await ds.query(`INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason) VALUES ($1, $2, $3, '2020-01-01', 'awal')`, [id, unitId, positionId]);
    return id as string;
  };
  const a = await agency('A');
  const b = await agency('B');
  const a1 = await unit(a, 'A1', null);
  const a1child = await unit(a, 'A1.1', a1);
  const a2 = await unit(a, 'A2', null);
  const b1 = await unit(b, 'B1', null);
  const pos = { a1: await position(a1, 'A1.P'), a2: await position(a2, 'A2.P'), b1: await position(b1, 'B1.P') };
  const boss = await employee(a1, 'Bambang Atasan', null, pos.a1);
  const e = {
    boss, staff: await employee(a1, 'Siti Staf', boss, pos.a1), colleague: await employee(a1, 'Rina Rekan', boss, pos.a1),
    hr: await employee(a1, 'Dewi Kepegawaian', null), trainer: await employee(a1, 'Hendra Widyaiswara', boss),
    assessor: await employee(a1, 'Sri Asesor', boss), other: await employee(a2, 'Joko Unit Lain', null, pos.a2),
    foreign: await employee(b1, 'Made Instansi Lain', null, pos.b1),
  };
  const employeeOf: Record<Who, string | null> = { admin: null, hr: e.hr, sup: e.boss, emp: e.staff, trainer: e.trainer, assessor: e.assessor };
  for (const who of Object.keys(WHO) as Who[]) {
    await createUser(ds, { username: `m_${who}`, roles: WHO[who], employeeId: employeeOf[who], scopeUnitIds: who === 'hr' ? [a1] : [] });
  }
  const victimUser = await createUser(ds, { username: 'm_victim', roles: ['EMPLOYEE'] });
  const [{ id: framework }] = await ds.query(`SELECT id FROM competency_framework WHERE code = 'ASN-MSK' ORDER BY version DESC LIMIT 1`);
  const [{ id: competency, lineage_id: lineage }] = await ds.query(`SELECT id, lineage_id FROM competency WHERE framework_id = $1 ORDER BY code LIMIT 1`, [framework]);
  const [{ id: standard }] = await ds.query(
    `INSERT INTO position_standard (framework_id, position_id, name, effective_from) VALUES ($1, $2, 'Standar uji', '2020-01-01') RETURNING id`, [framework, pos.a1]);
  await ds.query(`INSERT INTO position_requirement (standard_id, competency_id, required_level) VALUES ($1, $2, 3)`, [standard, competency]);
  // One final assessment per employee, so void and history have a record to point at.
  const assessmentOf: Record<string, string> = {};
  for (const id of Object.values(e)) {
    const [{ id: aid }] = await ds.query(
      `INSERT INTO competency_assessment (employee_id, competency_id, lineage_id, framework_id, level, method, assessor_name, assessed_at, status)
       VALUES ($1, $2, $3, $4, 2, 'ASSESSMENT_CENTER', 'Tim Asesmen', current_date - 30, 'FINAL') RETURNING id`, [id, competency, lineage, framework]);
    assessmentOf[id] = aid;
  }
  return {
    employee: employeeOf, unit: { a1, a1child, a2, b1 }, position: pos, competency, assessmentOf, victimUser, framework, standard,
    targetEmployee: (who, t) => (t === 'own' ? employeeOf[who] : t === 'same' ? (who === 'emp' ? e.colleague : who === 'sup' ? e.staff : e.colleague) : t === 'other' ? e.other : e.foreign),
    targetUnit: (_who, t) => (t === 'own' ? a1 : t === 'same' ? a1child : t === 'other' ? a2 : b1),
  };
}
