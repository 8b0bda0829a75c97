import request from 'supertest';
import type { Page, UserSummary } from '@kompeten/shared/contract';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { bearer, createUser } from '../testing';
import { IdentityModule } from './identity.module';

describe('users and audit log (ADMIN only)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  const http = () => request(t.app.getHttpServer());
  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    adminId = await createUser(t.ds, { username: 'root', roles: ['ADMIN'], displayName: 'Admin Satu' });
    await createUser(t.ds, { username: 'hr1', roles: ['HR_OFFICER'] });
    await createUser(t.ds, { username: 'emp1', roles: ['EMPLOYEE'] });
    admin = await bearer(t.app, 'root');
  });
  afterAll(() => t.close());

  it('creates a user who must change the password, with an audit row without secrets', async () => {
    const res = await http().post('/api/v1/users').set('Authorization', admin)
      .send({ username: 'trainer1', displayName: 'Rina Widyaiswara', roles: ['TRAINER', 'EMPLOYEE'], password: 'Pelatih2026x' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'trainer1', mustChangePassword: true, active: true });
    const [row] = await t.ds.query(`SELECT actor_id, action, after FROM audit_log WHERE entity = 'user' AND entity_id = $1`, [res.body.id]);
    expect(row).toMatchObject({ actor_id: adminId, action: 'CREATE' });
    expect(JSON.stringify(row.after)).not.toMatch(/passwordHash|"password"|Pelatih2026x/);
  });

  it('rejects duplicates (case-insensitive) and bad input naming the field', async () => {
    const dup = await http().post('/api/v1/users').set('Authorization', admin).send({ username: 'HR1', displayName: 'x', roles: ['EMPLOYEE'], password: 'Abcdefgh123' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('username');
    const bad = await http().post('/api/v1/users').set('Authorization', admin).send({ username: 'ok_name', displayName: 'x', roles: ['KING'], password: 'Abcdefgh123' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('roles');
    const badScope = await http().post('/api/v1/users').set('Authorization', admin).send({ username: 'ok_name2', displayName: 'x', roles: ['HR_OFFICER'], password: 'Abcdefgh123', scopeUnitIds: ['not-a-uuid'] });
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].field).toContain('scopeUnitIds');
  });

  it('lists and filters users', async () => {
    const res = await http().get('/api/v1/users?role=HR_OFFICER').set('Authorization', admin);
    expect(res.status).toBe(200);
    const page = res.body as Page<UserSummary>;
    expect(page.items.map((u) => u.username)).toEqual(['hr1']);
    expect((await http().get('/api/v1/users?limit=0').set('Authorization', admin)).status).toBe(400);
  });

  it('an admin cannot deactivate himself', async () => {
    const res = await http().patch(`/api/v1/users/${adminId}`).set('Authorization', admin).send({ active: false });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('active');
  });

  it('refuses non-admins and strangers on every user and audit endpoint', async () => {
    const hr = await bearer(t.app, 'hr1');
    const emp = await bearer(t.app, 'emp1');
    const calls = [
      () => http().get('/api/v1/users'),
      () => http().post('/api/v1/users').send({}),
      () => http().get(`/api/v1/users/${adminId}`),
      () => http().patch(`/api/v1/users/${adminId}`).send({}),
      () => http().post(`/api/v1/users/${adminId}/reset-password`).send({ newPassword: 'Abcdefgh123' }),
      () => http().get('/api/v1/audit-log'),
    ];
    for (const call of calls) {
      expect((await call()).status).toBe(401);
      expect((await call().set('Authorization', hr)).status).toBe(403);
      expect((await call().set('Authorization', emp)).status).toBe(403);
    }
  });

  it('the audit log is append-only in the database itself', async () => {
    await expect(t.ds.query(`UPDATE audit_log SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    const res = await http().get('/api/v1/audit-log?entity=user&action=CREATE').set('Authorization', admin);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect((await http().get('/api/v1/audit-log?from=yesterday').set('Authorization', admin)).status).toBe(400);
  });
});
