import type { UserSummary } from '@kompeten/shared/contract';
import { userStatus } from './user-status';

const base: UserSummary = {
  id: '1', username: 'x', displayName: 'X', roles: ['EMPLOYEE'], employeeId: null, scopeUnitIds: [],
  active: true, mustChangePassword: false, lockedUntil: null, lastLoginAt: null, createdAt: '2026-01-01T00:00:00Z',
};

describe('userStatus', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it('orders inactive > locked > must change > active', () => {
    expect(userStatus({ ...base, active: false, lockedUntil: '2026-11-22T11:00:00Z' }, now).key).toBe('inactive');
    expect(userStatus({ ...base, lockedUntil: '2026-11-22T11:00:00Z', mustChangePassword: true }, now).key).toBe('locked');
    expect(userStatus({ ...base, lockedUntil: '2026-11-22T09:00:00Z', mustChangePassword: true }, now).key).toBe('mustChange');
    expect(userStatus(base, now)).toEqual({ key: 'active', tone: 'success' });
  });
});
