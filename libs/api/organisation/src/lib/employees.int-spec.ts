import request from 'supertest';
import { checkNip } from '@kompeten/shared/domain';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { OrganisationModule } from './organisation.module';
import { buildFixture } from './test-fixtures';

describe('employees (scope, validation, history, optimistic lock)', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof buildFixture>>;
  const tok: Record<string, string> = {};
  const http = () => request(t.app.getHttpServer());
  const newEmployee = (over: Record<string, unknown> = {}) => ({
    nip: '199001152015031002', name: 'Ahmad Fauzi', frontTitle: 'Dr.', backTitle: 'S.E., M.Si.', gender: 'L', birthDate: '1990-01-15',
    golongan: 'III/b', employmentType: 'PNS', unitId: f.units.s1, supervisorId: f.emp.kasi1.id, email: 'ahmad@jakarta.go.id', ...over,
  });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule]);
    f = await buildFixture(t.ds);
    await createUser(t.ds, { username: 'admin1', roles: ['ADMIN'] });
    await createUser(t.ds, { username: 'hrdinkes', roles: ['HR_OFFICER'], scopeUnitIds: [f.units.dinkes] });
    await createUser(t.ds, { username: 'hrdishub', roles: ['HR_OFFICER'], scopeUnitIds: [f.units.dishub] });
    await createUser(t.ds, { username: 'kabid1', roles: ['SUPERVISOR', 'EMPLOYEE'], employeeId: f.emp.kabid1.id });
    await createUser(t.ds, { username: 'staff1', roles: ['EMPLOYEE'], employeeId: f.emp.staff1.id });
    await createUser(t.ds, { username: 'dishub1', roles: ['EMPLOYEE'], employeeId: f.emp.dishubStaff.id });
    await createUser(t.ds, { username: 'trainer', roles: ['TRAINER'] });
    for (const u of ['admin1', 'hrdinkes', 'hrdishub', 'kabid1', 'staff1', 'dishub1', 'trainer']) tok[u] = await bearer(t.app, u);
  });
  afterAll(() => t.close());

  it('lists with total, search by name ignoring case and gelar, NIP prefix, filters and sort', async () => {
    const all = await http().get('/api/v1/employees?limit=100').set('Authorization', tok['admin1']);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(7);
    const byName = await http().get('/api/v1/employees').query({ q: 'dr. SITI, s.e.' }).set('Authorization', tok['admin1']);
    expect(byName.body.items.map((e: { name: string }) => e.name)).toEqual(['Siti Rahmawati']);
    const byNip = await http().get('/api/v1/employees').query({ q: f.emp.staff1.nip.slice(0, 10) }).set('Authorization', tok['admin1']);
    expect(byNip.body.items.map((e: { id: string }) => e.id)).toContain(f.emp.staff1.id);
    const subtree = await http().get(`/api/v1/employees?unitId=${f.units.b1}`).set('Authorization', tok['admin1']);
    expect(subtree.body.total).toBe(3);
    const only = await http().get(`/api/v1/employees?unitId=${f.units.b1}&includeSubunits=false`).set('Authorization', tok['admin1']);
    expect(only.body.total).toBe(1);
    const sorted = await http().get('/api/v1/employees?sort=-name&limit=2').set('Authorization', tok['admin1']);
    expect(sorted.body.items[0].name).toBe('Staf Pelayanan');
    expect((await http().get('/api/v1/employees?positionType=ADMINISTRATOR').set('Authorization', tok['admin1'])).body.total).toBe(1);
    expect((await http().get('/api/v1/employees?golongan=III/b&status=ACTIVE&employmentType=PNS').set('Authorization', tok['admin1'])).body.total).toBe(7);
  });

  it('refuses a bad sort, unknown query fields and bad uuids naming the field', async () => {
    const sort = await http().get('/api/v1/employees?sort=salary').set('Authorization', tok['admin1']);
    expect(sort.status).toBe(400);
    expect(sort.body.errors[0].field).toBe('sort');
    const unknown = await http().get('/api/v1/employees?colour=red').set('Authorization', tok['admin1']);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('colour');
    const uuid = await http().get('/api/v1/employees/not-a-uuid').set('Authorization', tok['admin1']);
    expect(uuid.status).toBe(400);
    expect(uuid.headers['content-type']).toContain('application/problem+json');
  });

  it('scopes the list: employee himself, supervisor his reports, HR his subtree', async () => {
    const ids = async (who: string) => (await http().get('/api/v1/employees').set('Authorization', tok[who])).body.items.map((e: { id: string }) => e.id).sort();
    expect(await ids('staff1')).toEqual([f.emp.staff1.id]);
    expect(await ids('kabid1')).toEqual([f.emp.kabid1.id, f.emp.kasi1.id, f.emp.staff1.id].sort());
    expect((await ids('hrdinkes')).length).toBe(6);
    expect(await ids('hrdishub')).toEqual([f.emp.dishubStaff.id]);
    expect(await ids('trainer')).toEqual([]);
  });

  it('GET /employees/:id: 403 OUT_OF_SCOPE outside scope; supervisor sees indirect reports but not a peer', async () => {
    const other = await http().get(`/api/v1/employees/${f.emp.staff1.id}`).set('Authorization', tok['dishub1']);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`/api/v1/employees/${f.emp.staff1.id}`).set('Authorization', tok['kabid1'])).status).toBe(200);
    expect((await http().get(`/api/v1/employees/${f.emp.staff2.id}`).set('Authorization', tok['kabid1'])).body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`/api/v1/employees/${f.emp.kabid2.id}`).set('Authorization', tok['kabid1'])).status).toBe(403);
    expect((await http().get(`/api/v1/employees/${f.emp.dishubStaff.id}`).set('Authorization', tok['hrdinkes'])).status).toBe(403);
    expect((await http().get('/api/v1/employees/00000000-0000-4000-8000-000000000000').set('Authorization', tok['admin1'])).status).toBe(404);
  });

  it('GET /employees/me and the detail shape', async () => {
    const me = await http().get('/api/v1/employees/me').set('Authorization', tok['staff1']);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: f.emp.staff1.id, name: 'Siti Rahmawati', gender: 'P', supervisorName: 'Kasi Gizi', unitName: 'Seksi Gizi', positionName: 'Pengadministrasi Umum', version: 1 });
    expect(me.body.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await http().get('/api/v1/employees/me').set('Authorization', tok['trainer'])).status).toBe(404);
  });

  it('creates an employee with an audit row and a first history row', async () => {
    const res = await http().post('/api/v1/employees').set('Authorization', tok['hrdinkes']).send(newEmployee());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ displayName: 'Dr. Ahmad Fauzi, S.E., M.Si.', supervisorId: f.emp.kasi1.id, status: 'ACTIVE' });
    const [audit] = await t.ds.query(`SELECT action FROM audit_log WHERE entity = 'employee' AND entity_id = $1`, [res.body.id]);
    expect(audit.action).toBe('CREATE');
    const hist = await http().get(`/api/v1/employees/${res.body.id}/history`).set('Authorization', tok['hrdinkes']);
    expect(hist.body).toHaveLength(1);
    const dup = await http().post('/api/v1/employees').set('Authorization', tok['hrdinkes']).send(newEmployee());
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('nip');
  });

  it('400 naming nip with the specific message, golongan fit, supervisor rules, unknown fields', async () => {
    const wrongBirth = await http().post('/api/v1/employees').set('Authorization', tok['admin1']).send(newEmployee({ nip: '199001162015031002' }));
    expect(wrongBirth.status).toBe(400);
    expect(wrongBirth.body.errors).toContainEqual({ field: 'nip', message: checkNip('199001162015031002', { birthDate: '1990-01-15', gender: 'L', employmentType: 'PNS' }).message });
    expect(wrongBirth.body.errors[0].message).toContain('tanggal lahir');
    const badMonth = await http().post('/api/v1/employees').set('Authorization', tok['admin1']).send(newEmployee({ nip: '199001152015131002' }));
    expect(badMonth.body.errors.find((e: { field: string }) => e.field === 'nip').message).toContain('bulan TMT');
    const pppkGol = await http().post('/api/v1/employees').set('Authorization', tok['admin1']).send(newEmployee({ nip: '199001152022011003', employmentType: 'PPPK', golongan: 'III/a' }));
    expect(pppkGol.status).toBe(400);
    expect(pppkGol.body.errors.map((e: { field: string }) => e.field)).toEqual(['golongan']);
    const noSup = await http().post('/api/v1/employees').set('Authorization', tok['admin1']).send(newEmployee({ nip: '199001152015031009', supervisorId: '00000000-0000-4000-8000-000000000000' }));
    expect(noSup.body.errors[0].field).toBe('supervisorId');
    const extra = await http().post('/api/v1/employees').set('Authorization', tok['admin1']).send(newEmployee({ salary: 1 }));
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].field).toBe('salary');
    const self = await http().patch(`/api/v1/employees/${f.emp.kasi1.id}`).set('Authorization', tok['admin1']).send({ version: 1, supervisorId: f.emp.staff1.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('supervisorId');
  });

  it('HR of Dinas Kesehatan cannot see, create or edit employees of Dinas Perhubungan', async () => {
    expect((await http().get(`/api/v1/employees/${f.emp.dishubStaff.id}`).set('Authorization', tok['hrdinkes'])).status).toBe(403);
    const edit = await http().patch(`/api/v1/employees/${f.emp.dishubStaff.id}`).set('Authorization', tok['hrdinkes']).send({ version: 1, name: 'X' });
    expect(edit.status).toBe(403);
    expect(edit.body.code).toBe('OUT_OF_SCOPE');
    const create = await http().post('/api/v1/employees').set('Authorization', tok['hrdinkes']).send(newEmployee({ nip: '199001152015031005', unitId: f.units.dishubB1, supervisorId: null }));
    expect(create.status).toBe(403);
    const moveOut = await http().patch(`/api/v1/employees/${f.emp.staff2.id}`).set('Authorization', tok['hrdinkes']).send({ version: 1, unitId: f.units.dishubB1 });
    expect(moveOut.status).toBe(403);
  });

  it('a unit change closes the open history row and opens a new one; audit has before/after', async () => {
    const res = await http().patch(`/api/v1/employees/${f.emp.staff2.id}`).set('Authorization', tok['hrdinkes'])
      .send({ version: 1, unitId: f.units.s1, effectiveFrom: '2026-07-01', reason: 'Mutasi internal' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ unitId: f.units.s1, version: 2 });
    const hist = await http().get(`/api/v1/employees/${f.emp.staff2.id}/history`).set('Authorization', tok['hrdinkes']);
    expect(hist.body).toHaveLength(2);
    expect(hist.body[0]).toMatchObject({ unitId: f.units.s1, effectiveFrom: '2026-07-01', effectiveTo: null, reason: 'Mutasi internal' });
    expect(hist.body[1]).toMatchObject({ unitId: f.units.b2, effectiveTo: '2026-07-01' });
    const [audit] = await t.ds.query(`SELECT before, after, reason FROM audit_log WHERE entity = 'employee' AND entity_id = $1 AND action = 'UPDATE'`, [f.emp.staff2.id]);
    expect(audit.before.unitId).toBe(f.units.b2);
    expect(audit.after.unitId).toBe(f.units.s1);
    const early = await http().patch(`/api/v1/employees/${f.emp.staff2.id}`).set('Authorization', tok['hrdinkes']).send({ version: 2, unitId: f.units.b2, effectiveFrom: '2026-01-01' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('effectiveFrom');
  });

  it('409 VERSION_CONFLICT names the fields changed since the client read the record', async () => {
    const ok = await http().patch(`/api/v1/employees/${f.emp.kasi1.id}`).set('Authorization', tok['admin1']).send({ version: 1, phone: '081234567890', golongan: 'III/c' });
    expect(ok.status).toBe(200);
    const stale = await http().patch(`/api/v1/employees/${f.emp.kasi1.id}`).set('Authorization', tok['hrdinkes']).send({ version: 1, name: 'Nama Lain' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.changed).toEqual(['golongan', 'phone']);
  });

  it('refuses strangers on writes and unauthenticated calls on every employee endpoint', async () => {
    expect((await http().post('/api/v1/employees').set('Authorization', tok['trainer']).send(newEmployee())).status).toBe(403);
    expect((await http().patch(`/api/v1/employees/${f.emp.staff1.id}`).set('Authorization', tok['staff1']).send({ version: 1 })).status).toBe(403);
    const calls = [
      () => http().get('/api/v1/employees'), () => http().get('/api/v1/employees/me'), () => http().get(`/api/v1/employees/${f.emp.staff1.id}`),
      () => http().get(`/api/v1/employees/${f.emp.staff1.id}/history`), () => http().post('/api/v1/employees').send({}),
      () => http().patch(`/api/v1/employees/${f.emp.staff1.id}`).send({}),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
