import { expect, test } from '@playwright/test';
import type { ProblemDetails, TokenResponse } from '@kompeten/shared/contract';

// Through the public HTTP API only, as any client would.
test('health reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect((await res.json()).database).toBe('up');
});

test('admin signs in and an unauthenticated call is refused with problem+json', async ({ request }) => {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: 'Admin#2026' } });
  expect(login.status()).toBe(200);
  const tokens = (await login.json()) as TokenResponse;
  expect(tokens.user.roles).toContain('ADMIN');
  const anon = await request.get('/api/v1/users');
  expect(anon.status()).toBe(401);
  expect(anon.headers()['content-type']).toContain('application/problem+json');
  expect(((await anon.json()) as ProblemDetails).code).toBe('UNAUTHENTICATED');
  const users = await request.get('/api/v1/users', { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
  expect(users.status()).toBe(200);
});
