import { Route } from '@angular/router';
import { providePaginatorIntl } from '@kompeten/admin/ui';

/** /admin/*: ADMIN only (guarded in app.routes.ts). */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', title: 'nav.users', loadComponent: () => import('./users/users.page').then((m) => m.UsersPage) },
      { path: 'audit', title: 'nav.audit', loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage) },
    ],
  },
];
