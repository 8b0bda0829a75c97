import request from 'supertest';
import type { UnitTreeNode } from '@kompeten/shared/contract';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { OrganisationModule } from './organisation.module';
import { buildFixture } from './test-fixtures';

const ZERO = '00000000-0000-4000-8000-000000000000';

describe('agencies, units, positions and home', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof buildFixture>>;
  const tok: Record<string, string> = {};
  const http = () => request(t.app.getHttpServer());
  const audits = async (entity: string, id: string) => (await t.ds.query(`SELECT action FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [entity, id])).map((r: { action: string }) => r.action);

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule]);
    f = await buildFixture(t.ds);
    await createUser(t.ds, { username: 'admin1', roles: ['ADMIN'] });
    await createUser(t.ds, { username: 'hrdinkes', roles: ['HR_OFFICER'], scopeUnitIds: [f.units.dinkes] });
    await createUser(t.ds, { username: 'kabid1', roles: ['SUPERVISOR', 'EMPLOYEE'], employeeId: f.emp.kabid1.id });
    await createUser(t.ds, { username: 'staff1', roles: ['EMPLOYEE'], employeeId: f.emp.staff1.id });
    for (const u of ['admin1', 'hrdinkes', 'kabid1', 'staff1']) tok[u] = await bearer(t.app, u);
  });
  afterAll(() => t.close());

  it('GET /agencies for any signed-in user', async () => {
    const res = await http().get('/api/v1/agencies').set('Authorization', tok['staff1']);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: f.agencyId, code: 'DKI', name: 'Instansi DKI' }]);
  });

  it('GET /units: ADMIN every root, HR his subtree as root, employees refused', async () => {
    const admin = await http().get('/api/v1/units').set('Authorization', tok['admin1']);
    expect(admin.body.map((u: UnitTreeNode) => u.code).sort()).toEqual(['DINKES', 'DISHUB']);
    const hr = await http().get('/api/v1/units').set('Authorization', tok['hrdinkes']);
    expect(hr.body).toHaveLength(1);
    const root = hr.body[0] as UnitTreeNode;
    expect(root).toMatchObject({ code: 'DINKES', depth: 0, employeeCount: 1, parentId: null });
    expect(root.children.map((c) => c.code)).toEqual(['DINKES.B1', 'DINKES.B2']);
    expect(root.children[0].children[0]).toMatchObject({ code: 'DINKES.B1.S1', depth: 2, employeeCount: 2 });
    expect((await http().get('/api/v1/units').set('Authorization', tok['staff1'])).status).toBe(403);
  });

  it('GET /units/:id in and out of scope', async () => {
    expect((await http().get(`/api/v1/units/${f.units.b1}`).set('Authorization', tok['hrdinkes'])).body).toMatchObject({ code: 'DINKES.B1', version: 1 });
    const out = await http().get(`/api/v1/units/${f.units.dishub}`).set('Authorization', tok['hrdinkes']);
    expect(out.status).toBe(403);
    expect(out.body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`/api/v1/units/${ZERO}`).set('Authorization', tok['admin1'])).status).toBe(404);
  });

  it('POST /units: HR inside his subtree only; root units for ADMIN; duplicate code 409; bad kind 400', async () => {
    const ok = await http().post('/api/v1/units').set('Authorization', tok['hrdinkes']).send({ parentId: f.units.b2, code: 'DINKES.B2.S1', name: 'Seksi Rujukan', kind: 'seksi' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ depth: 2, parentId: f.units.b2, employeeCount: 0, version: 1 });
    expect(await audits('unit', ok.body.id)).toEqual(['CREATE']);
    expect((await http().post('/api/v1/units').set('Authorization', tok['hrdinkes']).send({ parentId: f.units.dishub, code: 'X1', name: 'Luar', kind: 'seksi' })).status).toBe(403);
    expect((await http().post('/api/v1/units').set('Authorization', tok['hrdinkes']).send({ code: 'ROOT', name: 'Akar', kind: 'dinas' })).status).toBe(403);
    const root = await http().post('/api/v1/units').set('Authorization', tok['admin1']).send({ code: 'DISPAR', name: 'Dinas Pariwisata', kind: 'dinas' });
    expect(root.status).toBe(201);
    expect(root.body).toMatchObject({ depth: 0, parentId: null, agencyId: f.agencyId });
    const dup = await http().post('/api/v1/units').set('Authorization', tok['admin1']).send({ parentId: f.units.b2, code: 'DINKES.B2.S1', name: 'Lagi', kind: 'seksi' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('code');
    const kind = await http().post('/api/v1/units').set('Authorization', tok['admin1']).send({ parentId: f.units.b2, code: 'Z', name: 'Zz', kind: 'castle' });
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0].field).toBe('kind');
  });

  it('PATCH /units/:id with optimistic locking', async () => {
    const ok = await http().patch(`/api/v1/units/${f.units.b2}`).set('Authorization', tok['hrdinkes']).send({ name: 'Bidang Pelayanan Kesehatan', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Bidang Pelayanan Kesehatan', version: 2 });
    const stale = await http().patch(`/api/v1/units/${f.units.b2}`).set('Authorization', tok['admin1']).send({ kind: 'bagian', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', changed: ['name'] });
    const noVersion = await http().patch(`/api/v1/units/${f.units.b2}`).set('Authorization', tok['admin1']).send({ name: 'X y' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors[0].field).toBe('version');
    expect(await audits('unit', f.units.b2)).toEqual(['UPDATE']);
  });

  it('POST /units/:id/move moves the whole subtree and refuses a move under its own descendant', async () => {
    const into = await http().post(`/api/v1/units/${f.units.b1}/move`).set('Authorization', tok['admin1']).send({ newParentId: f.units.s1 });
    expect(into.status).toBe(400);
    expect(into.body.errors[0].field).toBe('newParentId');
    const res = await http().post(`/api/v1/units/${f.units.b1}/move`).set('Authorization', tok['admin1']).send({ newParentId: f.units.b2, reason: 'Restrukturisasi' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ parentId: f.units.b2, depth: 2, version: 2 });
    const [s1] = await t.ds.query(`SELECT path, depth FROM unit WHERE id = $1`, [f.units.s1]);
    expect(s1).toEqual({ path: `/${f.units.dinkes}/${f.units.b2}/${f.units.b1}/${f.units.s1}/`, depth: 3 });
    expect(await audits('unit', f.units.b1)).toEqual(['MOVE']);
    // The HR officer of Dinkes still sees the moved subtree (still under his root) but cannot move it to Dishub.
    const out = await http().post(`/api/v1/units/${f.units.b1}/move`).set('Authorization', tok['hrdinkes']).send({ newParentId: f.units.dishub });
    expect(out.status).toBe(403);
    const sub = await http().get(`/api/v1/employees?unitId=${f.units.b2}`).set('Authorization', tok['hrdinkes']);
    expect(sub.body.total).toBe(5);
  });

  it('positions: create, list with filters and sort, get, update, refusals', async () => {
    const created = await http().post('/api/v1/positions').set('Authorization', tok['hrdinkes'])
      .send({ unitId: f.units.b1, code: 'DINKES.B1.JF01', name: 'Epidemiolog Kesehatan Ahli Muda', type: 'FUNGSIONAL_KEAHLIAN', functionalLevel: 'AHLI_MUDA', grade: 9 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ holderCount: 0, version: 1, functionalLevel: 'AHLI_MUDA' });
    expect(await audits('position', created.body.id)).toEqual(['CREATE']);
    const level = await http().post('/api/v1/positions').set('Authorization', tok['hrdinkes'])
      .send({ unitId: f.units.b1, code: 'DINKES.B1.JF02', name: 'Perawat', type: 'FUNGSIONAL_KETERAMPILAN', functionalLevel: 'AHLI_MUDA', grade: 6 });
    expect(level.status).toBe(400);
    expect(level.body.errors[0].field).toBe('functionalLevel');
    const grade = await http().post('/api/v1/positions').set('Authorization', tok['hrdinkes']).send({ unitId: f.units.b1, code: 'G', name: 'Gg', type: 'PELAKSANA', grade: 18 });
    expect(grade.body.errors[0].field).toBe('grade');
    expect((await http().post('/api/v1/positions').set('Authorization', tok['hrdinkes']).send({ unitId: f.units.dishub, code: 'D1', name: 'Luar', type: 'PELAKSANA', grade: 5 })).status).toBe(403);
    const list = await http().get(`/api/v1/positions?unitId=${f.units.b1}&type=FUNGSIONAL_KEAHLIAN&q=epidem&sort=-grade`).set('Authorization', tok['hrdinkes']);
    expect(list.body).toMatchObject({ total: 1, limit: 25, offset: 0 });
    const holders = await http().get(`/api/v1/positions/${f.positions.pStaff}`).set('Authorization', tok['hrdinkes']);
    expect(holders.body.holderCount).toBe(1);
    expect((await http().get('/api/v1/positions?sort=salary').set('Authorization', tok['hrdinkes'])).body.errors[0].field).toBe('sort');
    const upd = await http().patch(`/api/v1/positions/${created.body.id}`).set('Authorization', tok['hrdinkes']).send({ grade: 10, version: 1 });
    expect(upd.body).toMatchObject({ grade: 10, version: 2 });
    const stale = await http().patch(`/api/v1/positions/${created.body.id}`).set('Authorization', tok['admin1']).send({ name: 'Lain lagi', version: 1 });
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', changed: ['grade'] });
    expect((await http().get('/api/v1/positions').set('Authorization', tok['staff1'])).status).toBe(403);
  });

  it('GET /home by role', async () => {
    const hr = await http().get('/api/v1/home').set('Authorization', tok['hrdinkes']);
    expect(hr.body.counters).toEqual(expect.arrayContaining([{ key: 'employees', value: 6 }]));
    expect(hr.body.tasks.map((x: { link: string }) => x.link)).toContain('/employees/import');
    const sup = await http().get('/api/v1/home').set('Authorization', tok['kabid1']);
    expect(sup.body.counters).toEqual(expect.arrayContaining([{ key: 'teamMembers', value: 1 }, { key: 'teamTotal', value: 2 }]));
    const admin = await http().get('/api/v1/home').set('Authorization', tok['admin1']);
    expect(admin.body.counters.map((c: { key: string }) => c.key)).toEqual(expect.arrayContaining(['users', 'usersLocked', 'auditToday']));
    expect((await http().get('/api/v1/home').set('Authorization', tok['staff1'])).status).toBe(200);
  });

  it('401 on every endpoint without a token; 403 for an employee on HR endpoints', async () => {
    const calls: [string, string][] = [
      ['get', '/api/v1/agencies'], ['get', '/api/v1/units'], ['get', `/api/v1/units/${ZERO}`], ['post', '/api/v1/units'], ['patch', `/api/v1/units/${ZERO}`],
      ['post', `/api/v1/units/${ZERO}/move`], ['get', '/api/v1/positions'], ['get', `/api/v1/positions/${ZERO}`], ['post', '/api/v1/positions'],
      ['patch', `/api/v1/positions/${ZERO}`], ['get', '/api/v1/home'], ['get', '/api/v1/employees/import/template'], ['post', '/api/v1/employees/import'],
      ['get', `/api/v1/imports/${ZERO}`],
    ];
    for (const [m, path] of calls) {
      const res = await http()[m as 'get'](path);
      expect([path, res.status]).toEqual([path, 401]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const [m, path] of calls.filter(([, p]) => !/agencies|home/.test(p))) {
      const res = await http()[m as 'get'](path).set('Authorization', tok['staff1']).send({});
      expect([path, res.status]).toEqual([path, 403]);
    }
  });
});
