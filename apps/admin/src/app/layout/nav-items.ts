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
  /** Items sharing a section are listed under its heading (i18n key under `nav.section.`). */
  section?: 'competency' | 'admin';
}

export const NAV_ITEMS: NavItem[] = [
  { key: 'home', icon: 'home', link: '/', exact: true },
  { key: 'myProfile', icon: 'person', link: '/employees/me', exact: true, needsEmployee: true },
  { key: 'myCompetency', icon: 'check_circle', link: '/employees/me/competency', needsEmployee: true },
  { key: 'team', icon: 'people', link: '/team', roles: ['SUPERVISOR'] },
  { key: 'employees', icon: 'people', link: '/employees', exact: true, roles: ['HR_OFFICER', 'ADMIN', 'SUPERVISOR'] },
  { key: 'import', icon: 'upload', link: '/employees/import', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'units', icon: 'tree', link: '/org/units', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'positions', icon: 'work', link: '/org/positions', roles: ['HR_OFFICER', 'ADMIN'] },
  { key: 'frameworks', icon: 'task', link: '/competency/frameworks', roles: ['HR_OFFICER', 'ADMIN'], section: 'competency' },
  { key: 'standards', icon: 'work', link: '/competency/standards', roles: ['HR_OFFICER', 'ADMIN'], section: 'competency' },
  { key: 'heatmap', icon: 'filter', link: '/competency/heatmap', roles: ['HR_OFFICER', 'ADMIN'], section: 'competency' },
  { key: 'users', icon: 'key', link: '/admin/users', roles: ['ADMIN'], section: 'admin' },
  { key: 'audit', icon: 'history', link: '/admin/audit', roles: ['ADMIN'], section: 'admin' },
  { key: 'mail', icon: 'mail', link: '/admin/mail', roles: ['ADMIN'], section: 'admin' },
  { key: 'jobs', icon: 'refresh', link: '/admin/jobs', roles: ['ADMIN'], section: 'admin' },
];

export function navItemsFor(user: CurrentUser | null): NavItem[] {
  if (!user) return [];
  return NAV_ITEMS.filter(
    (i) => (!i.roles || i.roles.some((r) => user.roles.includes(r))) && (!i.needsEmployee || !!user.employeeId),
  );
}
