import type { ProblemDetails } from '@kompeten/shared/contract';
import { loginErrorKey } from './login-error';

const p = (code: ProblemDetails['code'], status: number): ProblemDetails => ({ type: 'about:blank', title: '', status, code });

describe('loginErrorKey', () => {
  it('gives each sign-in failure its own message', () => {
    expect(loginErrorKey(p('INVALID_CREDENTIALS', 401))).toBe('login.errors.INVALID_CREDENTIALS');
    expect(loginErrorKey(p('ACCOUNT_LOCKED', 423))).toBe('login.errors.ACCOUNT_LOCKED');
    expect(loginErrorKey(p('ACCOUNT_INACTIVE', 403))).toBe('login.errors.ACCOUNT_INACTIVE');
    expect(loginErrorKey(p('TOO_MANY_REQUESTS', 429))).toBe('login.errors.TOO_MANY_REQUESTS');
    expect(loginErrorKey(p('INTERNAL', 502))).toBe('login.errors.SERVICE_UNAVAILABLE');
  });
});
