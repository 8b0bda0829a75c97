import type { EntityManager } from 'typeorm';
import { displayName } from '@kompeten/shared/domain';
import { hashPassword } from '@kompeten/api/identity';
import { buildDemoOrganisation, DEMO_AGENCY } from './build-demo';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-accounts';

/**
 * Seeds a DKI-Jakarta-shaped province (22 OPD, ~670 employees) and the demo logins, inside the
 * caller's transaction. Every table is written by one multi-row INSERT (unnest of arrays): the
 * whole seed takes about a second instead of minutes of entity saves.
 */
export async function seedOrganisationDemo(em: EntityManager): Promise<void> {
  const org = buildDemoOrganisation();
  const { units, positions, employees } = org;
  const col = <T, K extends keyof T>(rows: T[], k: K) => rows.map((r) => r[k]);
  await em.query(`INSERT INTO agency (id, code, name) VALUES ($1, $2, $3)`, [org.agencyId, DEMO_AGENCY.code, DEMO_AGENCY.name]);
  // Parents and children go in one statement: the foreign-key checks run at its end.
  await em.query(
    `INSERT INTO unit (id, agency_id, parent_id, code, name, kind, path, depth)
     SELECT id, $1, parent_id, code, name, kind, path, depth
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[]) AS t(id, parent_id, code, name, kind, path, depth)`,
    [org.agencyId, col(units, 'id'), col(units, 'parentId'), col(units, 'code'), col(units, 'name'), col(units, 'kind'), col(units, 'path'), col(units, 'depth')],
  );
  await em.query(
    `INSERT INTO position (id, unit_id, code, name, type, functional_level, grade)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])`,
    [col(positions, 'id'), col(positions, 'unitId'), col(positions, 'code'), col(positions, 'name'), col(positions, 'type'), col(positions, 'functionalLevel'), col(positions, 'grade')],
  );
  await em.query(
    `INSERT INTO employee (id, nip, name, front_title, back_title, gender, birth_date, birth_place, golongan, employment_type, status,
                           unit_id, position_id, supervisor_id, email, phone)
     SELECT * FROM unnest($1::uuid[], $2::char(18)[], $3::text[], $4::text[], $5::text[], $6::char(1)[], $7::date[], $8::text[], $9::text[],
                          $10::text[], $11::text[], $12::uuid[], $13::uuid[], $14::uuid[], $15::text[], $16::text[])`,
    [col(employees, 'id'), col(employees, 'nip'), col(employees, 'name'), col(employees, 'frontTitle'), col(employees, 'backTitle'), col(employees, 'gender'),
      col(employees, 'birthDate'), col(employees, 'birthPlace'), col(employees, 'golongan'), col(employees, 'employmentType'), col(employees, 'status'),
      col(employees, 'unitId'), col(employees, 'positionId'), col(employees, 'supervisorId'), col(employees, 'email'), col(employees, 'phone')],
  );
  await em.query(
    `INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason)
     SELECT id, unit_id, position_id, since, 'Data awal (demo)' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[]) AS t(id, unit_id, position_id, since)`,
    [col(employees, 'id'), col(employees, 'unitId'), col(employees, 'positionId'), col(employees, 'since')],
  );

  const hash = await hashPassword(DEMO_PASSWORD);
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  const byCode = new Map(units.map((u) => [u.code, u.id]));
  const people = DEMO_PEOPLE.map((d) => {
    const e = byNip.get(d.nip);
    if (!e) throw new Error(`demo person ${d.nip} was not placed`);
    return { d, e };
  });
  await em.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, employee_id, must_change_password)
     SELECT username, display_name, $1, string_to_array(roles, ','), employee_id, false
       FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[]) AS t(username, display_name, roles, employee_id)
     ON CONFLICT DO NOTHING`,
    [hash, people.map((x) => x.d.nip), people.map((x) => displayName(x.d.name, x.d.frontTitle, x.d.backTitle)), people.map((x) => x.d.roles.join(',')), people.map((x) => x.e.id)],
  );
  const roots = units.filter((u) => !u.parentId);
  for (const { d } of people) {
    if (!d.scope) continue;
    const scopeIds = d.scope === '*' ? roots.map((u) => u.id) : d.scope.map((c) => byCode.get(c)).filter((id): id is string => !!id);
    await em.query(
      `INSERT INTO user_unit_scope (user_id, unit_id) SELECT u.id, s FROM app_user u, unnest($2::uuid[]) s WHERE u.username = $1 ON CONFLICT DO NOTHING`,
      [d.nip, scopeIds],
    );
  }
  await em.query(
    `INSERT INTO audit_log (action, entity, after, reason) VALUES ('SEED', 'organisation', $1, 'Data demo')`,
    [{ units: units.length, positions: positions.length, employees: employees.length, accounts: people.length }],
  );
}
