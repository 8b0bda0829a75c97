import request from 'supertest';
import { createTestApp, type TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { DEMO_ACCOUNTS, OrganisationModule, seedOrganisationDemo } from '@kompeten/api/organisation';
import { CompetencyModule } from '../competency.module';
import { seedCompetencyDemo } from '../seed/demo';

/** Demo logins by role key, plus an ADMIN created for the test. */
export interface DemoProvince {
  t: TestApp;
  http: () => ReturnType<typeof request>;
  tok: { admin: string; hrBkd: string; hrDinkes: string; supervisor: string; employee: string; trainer: string };
  emp: { supervisor: string; employee: string; hrDinkes: string };
  /** Unit ids by code (DINKES, DISKOMINFOTIK, DISKOMINFOTIK.B1 …). */
  unit: (code: string) => Promise<string>;
  today: string;
}

const account = (role: string, i = 0) => DEMO_ACCOUNTS.filter((a) => a.role === role)[i];

/** The real app on a private database with the demo province (organisation + competency) seeded. */
export async function demoProvince(env: Record<string, string> = {}): Promise<DemoProvince> {
  const t = await createTestApp([IdentityModule, OrganisationModule, CompetencyModule], env);
  await t.ds.transaction(async (em) => {
    await seedOrganisationDemo(em);
    await seedCompetencyDemo(em);
  });
  await createUser(t.ds, { username: 'admin1', roles: ['ADMIN'] });
  const login = (a: { username: string; password: string }) => bearer(t.app, a.username, a.password);
  const tok = {
    admin: await bearer(t.app, 'admin1'),
    hrBkd: await login(account('HR_OFFICER', 0)),
    hrDinkes: await login(account('HR_OFFICER', 1)),
    supervisor: await login(account('SUPERVISOR')),
    employee: await login(account('EMPLOYEE')),
    trainer: await login(account('TRAINER')),
  };
  const empId = async (nip: string) => (await t.ds.query(`SELECT id FROM employee WHERE nip = $1`, [nip]))[0].id as string;
  const [{ today }] = await t.ds.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  return {
    t, tok, today,
    http: () => request(t.app.getHttpServer()),
    emp: { supervisor: await empId(account('SUPERVISOR').username), employee: await empId(account('EMPLOYEE').username), hrDinkes: await empId(account('HR_OFFICER', 1).username) },
    unit: async (code: string) => {
      const rows = await t.ds.query(`SELECT id FROM unit WHERE code = $1`, [code]);
      if (!rows.length) throw new Error(`no unit ${code}`);
      return rows[0].id;
    },
  };
}
