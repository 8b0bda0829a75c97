import request from 'supertest';
import type { ProblemDetails, TokenResponse } from '@kompeten/shared/contract';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { bearer, createUser, TEST_PASSWORD } from '../testing';
import { IdentityModule } from './identity.module';

describe('auth (real PostgreSQL)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
    await createUser(t.ds, { username: '198609262015051001', roles: ['EMPLOYEE'], displayName: 'Budi Santoso' });
    await createUser(t.ds, { username: 'admin1', roles: ['ADMIN'] });
  });
  afterAll(() => t.close());

  const login = (username: string, password = TEST_PASSWORD) => http().post('/api/v1/auth/login').send({ username, password });

  it('signs in with NIP and returns tokens and the user', async () => {
    const res = await login('198609262015051001');
    expect(res.status).toBe(200);
    const body = res.body as TokenResponse;
    expect(body.user).toMatchObject({ username: '198609262015051001', displayName: 'Budi Santoso', roles: ['EMPLOYEE'] });
    expect(body.expiresIn).toBe(900);
    const me = await http().get('/api/v1/auth/me').set('Authorization', `Bearer ${body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('198609262015051001');
  });

  it('accepts a NIP typed with spaces', async () => {
    expect((await login('19860926 201505 1 001')).status).toBe(200);
  });

  it('refuses wrong passwords and unknown users alike, as problem+json', async () => {
    for (const res of [await login('admin1', 'wrong-password-1'), await login('nobody', 'wrong-password-1')]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((res.body as ProblemDetails).code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('validates the body and names the field', async () => {
    const res = await http().post('/api/v1/auth/login').send({ username: 'x' });
    expect(res.status).toBe(400);
    expect((res.body as ProblemDetails).errors?.map((e) => e.field)).toContain('password');
    const extra = await http().post('/api/v1/auth/login').send({ username: 'x', password: 'y', admin: true });
    expect(extra.status).toBe(400);
    expect((extra.body as ProblemDetails).errors?.map((e) => e.field)).toContain('admin');
  });

  it('locks an account after repeated failures and records it in the audit log', async () => {
    await createUser(t.ds, { username: 'victim', roles: ['EMPLOYEE'] });
    for (let i = 0; i < 3; i++) expect((await login('victim', 'bad-guess-123')).status).toBe(401);
    const locked = await login('victim');
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    const audit = await t.ds.query(`SELECT action FROM audit_log WHERE action = 'LOCK'`);
    expect(audit).toHaveLength(1);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const first = (await login('admin1')).body as TokenResponse;
    const second = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const reuse = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    // The legitimate newer token died with its family.
    const after = await http().post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(after.status).toBe(401);
  });

  it('sign-out revokes the refresh token', async () => {
    const s = (await login('admin1')).body as TokenResponse;
    expect((await http().post('/api/v1/auth/logout').send({ refreshToken: s.refreshToken })).status).toBe(204);
    expect((await http().post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken })).status).toBe(401);
  });

  it('refuses tampered, malformed and missing tokens', async () => {
    const s = (await login('admin1')).body as TokenResponse;
    const [h, p, sig] = s.accessToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['ADMIN', 'HR_OFFICER'] })).toString('base64url');
    for (const auth of [`Bearer ${h}.${forged}.${sig}`, 'Bearer not-a-jwt', '']) {
      const res = await http().get('/api/v1/users').set('Authorization', auth);
      expect(res.status).toBe(401);
    }
  });

  it('refuses an expired token', async () => {
    const jwt = t.app.get((await import('@nestjs/jwt')).JwtService);
    const [{ id }] = await t.ds.query(`SELECT id FROM app_user WHERE username = 'admin1'`);
    const expired = await jwt.signAsync({ sub: id, roles: ['ADMIN'], typ: 'access' }, { expiresIn: -10 });
    const res = await http().get('/api/v1/users').set('Authorization', `Bearer ${expired}`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('TOKEN_INVALID');
  });

  it('forces a password change after an admin reset, then lets the user in', async () => {
    const uid = await createUser(t.ds, { username: 'resetme', roles: ['EMPLOYEE'] });
    const admin = await bearer(t.app, 'admin1');
    expect((await http().post(`/api/v1/users/${uid}/reset-password`).set('Authorization', admin).send({ newPassword: 'Sementara2026' })).status).toBe(204);
    const s = (await login('resetme', 'Sementara2026')).body as TokenResponse;
    expect(s.user.mustChangePassword).toBe(true);
    const blocked = await http().get('/api/v1/users').set('Authorization', `Bearer ${s.accessToken}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await http().post('/api/v1/auth/change-password').set('Authorization', `Bearer ${s.accessToken}`).send({ currentPassword: 'Sementara2026', newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    const ok = await http().post('/api/v1/auth/change-password').set('Authorization', `Bearer ${s.accessToken}`).send({ currentPassword: 'Sementara2026', newPassword: 'BaruSekali2026' });
    expect(ok.status).toBe(204);
    expect((await login('resetme', 'BaruSekali2026')).body.user.mustChangePassword).toBe(false);
  });

  it('a deactivated user is refused at once, even with a live access token', async () => {
    const uid = await createUser(t.ds, { username: 'leaver', roles: ['EMPLOYEE'] });
    const token = await bearer(t.app, 'leaver');
    const admin = await bearer(t.app, 'admin1');
    expect((await http().patch(`/api/v1/users/${uid}`).set('Authorization', admin).send({ active: false })).status).toBe(200);
    const res = await http().get('/api/v1/auth/me').set('Authorization', token);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('ACCOUNT_INACTIVE');
    expect((await login('leaver')).status).toBe(403);
  });

  it('stores the language preference', async () => {
    const token = await bearer(t.app, '198609262015051001');
    const res = await http().patch('/api/v1/auth/preferences').set('Authorization', token).send({ language: 'en' });
    expect(res.status).toBe(200);
    expect((await http().get('/api/v1/auth/me').set('Authorization', token)).body.language).toBe('en');
    expect((await http().patch('/api/v1/auth/preferences').set('Authorization', token).send({ language: 'fr' })).status).toBe(400);
  });
});
