import request from 'supertest';
import { checkNip } from '@kompeten/shared/domain';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { hashPassword, IdentityModule } from '@kompeten/api/identity';
import { OrganisationModule } from '../organisation.module';
import { seedOrganisationDemo } from './seed-demo';
import { DEMO_ACCOUNTS } from './demo-accounts';

describe('demo seed', () => {
  let t: TestApp;
  let seedMs = 0;
  const http = () => request(t.app.getHttpServer());
  const login = async (username: string, password: string) => {
    const res = await http().post('/api/v1/auth/login').send({ username, password });
    return { status: res.status, auth: `Bearer ${res.body.accessToken}` };
  };

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule]);
    // The admin account comes from the reference seed in apps/api; recreate it the same way here.
    await t.ds.query(`INSERT INTO app_user (username, display_name, password_hash, roles) VALUES ('admin', 'Administrator Kompeten', $1, '{ADMIN}')`, [await hashPassword('Admin#2026')]);
    const t0 = Date.now();
    await t.ds.transaction((em) => seedOrganisationDemo(em));
    seedMs = Date.now() - t0;
    console.log(`demo seed: ${seedMs} ms`);
  });
  afterAll(() => t.close());

  it('builds ≥ 20 OPD in ≥ 3 levels and ≥ 600 employees whose NIPs all pass checkNip', async () => {
    const [u] = await t.ds.query(`SELECT count(*) FILTER (WHERE parent_id IS NULL)::int AS roots, max(depth)::int AS depth FROM unit`);
    expect(u.roots).toBeGreaterThanOrEqual(20);
    expect(u.depth + 1).toBeGreaterThanOrEqual(3);
    const emps: { nip: string; birth_date: string; gender: 'L' | 'P'; employment_type: 'PNS' | 'CPNS' | 'PPPK' }[] =
      await t.ds.query(`SELECT nip, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, gender, employment_type FROM employee`);
    expect(emps.length).toBeGreaterThanOrEqual(600);
    expect(emps.filter((e) => !checkNip(e.nip, { birthDate: e.birth_date, gender: e.gender, employmentType: e.employment_type }).valid)).toEqual([]);
    const [h] = await t.ds.query(`SELECT count(*)::int AS n FROM employee_history WHERE effective_to IS NULL`);
    expect(h.n).toBe(emps.length);
    const [types] = await t.ds.query(`SELECT count(DISTINCT type)::int AS n FROM position`);
    expect(types.n).toBeGreaterThanOrEqual(6);
    expect(seedMs).toBeLessThan(10000);
  });

  it('every demo account signs in and sees its scope', async () => {
    const auth: Record<string, string> = {};
    for (const a of DEMO_ACCOUNTS) {
      const r = await login(a.username, a.password);
      expect([a.username, r.status]).toEqual([a.username, 200]);
      auth[a.role + (a.unit.includes('semua') ? '*' : '')] = r.auth;
    }
    const total = (await t.ds.query(`SELECT count(*)::int AS n FROM employee`))[0].n;
    expect((await http().get('/api/v1/employees').set('Authorization', auth['HR_OFFICER*'])).body.total).toBe(total);
    const dinkes = await http().get('/api/v1/employees').set('Authorization', auth['HR_OFFICER']);
    expect(dinkes.body.total).toBeGreaterThan(20);
    expect(dinkes.body.total).toBeLessThan(100);
    const team = await http().get('/api/v1/employees').set('Authorization', auth['SUPERVISOR']);
    expect(team.body.total).toBeGreaterThanOrEqual(4);
    const me = await http().get('/api/v1/employees/me').set('Authorization', auth['EMPLOYEE']);
    expect(me.body).toMatchObject({ nip: '199308242019032011', supervisorName: 'Ir. Bambang Sutrisno, M.T.' });
    expect((await http().get('/api/v1/employees').set('Authorization', auth['EMPLOYEE'])).body.total).toBe(1);
  });
});
