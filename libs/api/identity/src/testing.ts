import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Role } from '@kompeten/shared/contract';
import { hashPassword } from './lib/password';

export const TEST_PASSWORD = 'Rahasia12345';
let cachedHash: Promise<string> | undefined;

/** Inserts a user directly (test set-up), optionally linked to an employee and HR unit scopes. */
export async function createUser(ds: DataSource, opts: { username: string; roles: Role[]; employeeId?: string | null; scopeUnitIds?: string[]; active?: boolean; mustChangePassword?: boolean; displayName?: string }): Promise<string> {
  const hash = await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const [{ id }] = await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, employee_id, active, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [opts.username, opts.displayName ?? opts.username, hash, opts.roles, opts.employeeId ?? null, opts.active ?? true, opts.mustChangePassword ?? false],
  );
  for (const unitId of opts.scopeUnitIds ?? []) await ds.query(`INSERT INTO user_unit_scope (user_id, unit_id) VALUES ($1, $2)`, [id, unitId]);
  return id;
}

/** Signs in through the real endpoint and returns the bearer header value. */
export async function bearer(app: INestApplication, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return `Bearer ${res.body.accessToken}`;
}
