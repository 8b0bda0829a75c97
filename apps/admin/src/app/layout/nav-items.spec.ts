import type { CurrentUser, Role } from '@kompeten/shared/contract';
import { navItemsFor } from './nav-items';

function user(roles: Role[], employeeId: string | null = null): CurrentUser {
  return { id: '1', username: 'u', displayName: 'U', roles, employeeId, scopeUnitIds: [], mustChangePassword: false, language: 'id' };
}

describe('navItemsFor', () => {
  const keys = (u: CurrentUser | null) => navItemsFor(u).map((i) => i.key);

  it('shows an employee home, own profile and own competencies', () => {
    expect(keys(user(['EMPLOYEE'], 'e1'))).toEqual(['home', 'myProfile', 'myCompetency']);
  });

  it('gives a supervisor his team', () => {
    expect(keys(user(['SUPERVISOR', 'EMPLOYEE'], 'e3'))).toEqual(['home', 'myProfile', 'myCompetency', 'team', 'employees']);
  });

  it('gives HR the organisation and competency pages but not admin pages', () => {
    expect(keys(user(['HR_OFFICER'], 'e2'))).toEqual([
      'home', 'myProfile', 'myCompetency', 'employees', 'import', 'units', 'positions', 'frameworks', 'standards', 'heatmap',
    ]);
  });

  it('gives admins users, audit, the mail log and the jobs', () => {
    expect(keys(user(['ADMIN']))).toEqual(['home', 'employees', 'import', 'units', 'positions', 'frameworks', 'standards', 'heatmap', 'users', 'audit', 'mail', 'jobs']);
  });

  it('groups the competency pages under one heading', () => {
    expect(navItemsFor(user(['HR_OFFICER'])).filter((i) => i.section === 'competency').map((i) => i.key)).toEqual(['frameworks', 'standards', 'heatmap']);
  });

  it('is empty when signed out', () => {
    expect(keys(null)).toEqual([]);
  });
});
