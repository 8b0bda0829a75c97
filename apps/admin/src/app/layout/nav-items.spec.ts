import type { CurrentUser, Role } from '@kompeten/shared/contract';
import { navItemsFor } from './nav-items';

function user(roles: Role[], employeeId: string | null = null): CurrentUser {
  return { id: '1', username: 'u', displayName: 'U', roles, employeeId, scopeUnitIds: [], mustChangePassword: false, language: 'id' };
}

describe('navItemsFor', () => {
  const keys = (u: CurrentUser | null) => navItemsFor(u).map((i) => i.key);

  it('shows an employee only home and own profile', () => {
    expect(keys(user(['EMPLOYEE'], 'e1'))).toEqual(['home', 'myProfile']);
  });

  it('gives HR the organisation pages but not admin pages', () => {
    expect(keys(user(['HR_OFFICER'], 'e2'))).toEqual(['home', 'myProfile', 'employees', 'import', 'units', 'positions']);
  });

  it('gives admins users and audit', () => {
    expect(keys(user(['ADMIN']))).toEqual(['home', 'employees', 'import', 'units', 'positions', 'users', 'audit']);
  });

  it('is empty when signed out', () => {
    expect(keys(null)).toEqual([]);
  });
});
