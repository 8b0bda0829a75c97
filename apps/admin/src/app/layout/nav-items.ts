import type { CurrentUser, Role } from '@kompeten/shared/contract';

export interface NavItem {
  /** i18n key under `nav.` */
  key: string;
  icon: string;
  link: string;
  exact?: boolean;
  /** Any of these roles; none listed means everyone. */
  roles?: Role[];
  /** Only for users linked to an employee record. */
  needsEmployee?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { key: 'home', icon: 'home', link: '/', exact: true },
  { key: 'myProfile', icon: 'person', link: '/employees/me', needsEmployee: true },
  { key: 'employees', icon: 'people', link: '/employees', exact: true, roles: ['HR_OFFICER', 'ADMIN', 'SUPERVISOR'] },
  { key: 'import', icon: 'upload', link: '/employees/import', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'units', icon: 'tree', link: '/org/units', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'positions', icon: 'work', link: '/org/positions', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'users', icon: 'key', link: '/admin/users', roles: ['ADMIN'] },
  { key: 'audit', icon: 'history', link: '/admin/audit', roles: ['ADMIN'] },
];

export function navItemsFor(user: CurrentUser | null): NavItem[] {
  if (!user) return [];
  return NAV_ITEMS.filter(
    (i) => (!i.roles || i.roles.some((r) => user.roles.includes(r))) && (!i.needsEmployee || !!user.employeeId),
  );
}
