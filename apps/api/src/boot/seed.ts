import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@kompeten/api/core';
import { hashPassword } from '@kompeten/api/identity';
import { seedOrganisationDemo } from '@kompeten/api/organisation';
import { seedCompetencyDemo, seedCompetencyReference } from '@kompeten/api/competency';

const log = new Logger('Seed');

/** Reference data, upserted at every start: the national competency dictionary and the first administrator. */
export async function seedReference(ds: DataSource): Promise<void> {
  await ds.transaction((em) => seedCompetencyReference(em));
  const admins = await ds.query(`SELECT 1 FROM app_user WHERE 'ADMIN' = ANY(roles) LIMIT 1`);
  if (admins.length) return;
  await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, must_change_password)
     VALUES ('admin', 'Administrator Kompeten', $1, '{ADMIN}', true) ON CONFLICT DO NOTHING`,
    [await hashPassword('Admin#2026')],
  );
  log.log('Created the first administrator: admin / Admin#2026 (must be changed at first sign-in)');
}

/** Demo data, once: only when the database has no employees and DEMO_DATA is not off. */
export async function seedDemoOnce(ds: DataSource, config: AppConfig): Promise<boolean> {
  if (!config.DEMO_DATA) return false;
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM employee`);
  if (n > 0) return false;
  const t0 = Date.now();
  await ds.transaction(async (em) => {
    await seedOrganisationDemo(em);
    await seedCompetencyDemo(em);
    // Demo accounts should sign in straight away; a real installation keeps the forced change.
    await em.query(`UPDATE app_user SET must_change_password = false WHERE username = 'admin'`);
  });
  log.log(`Demo data seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}
