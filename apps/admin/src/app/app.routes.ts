import { Route } from '@angular/router';
import { authGuard, guestGuard, roleGuard, signedInGuard } from '@kompeten/admin/core';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'nav.login',
    canActivate: [guestGuard],
    loadComponent: () => import('@kompeten/admin/identity').then((m) => m.LoginPage),
  },
  {
    path: 'change-password',
    title: 'nav.changePassword',
    canActivate: [signedInGuard],
    loadComponent: () => import('@kompeten/admin/identity').then((m) => m.ChangePasswordPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./layout/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', title: 'nav.home', loadComponent: () => import('@kompeten/admin/organisation').then((m) => m.HomePage) },
      {
        path: 'org',
        canMatch: [roleGuard('HR_OFFICER', 'ADMIN')],
        loadChildren: () => import('@kompeten/admin/organisation').then((m) => m.ORG_ROUTES),
      },
      {
        // Before 'employees' so the organisation routes never see it.
        path: 'employees/:id/competency',
        loadChildren: () => import('@kompeten/admin/competency').then((m) => m.EMPLOYEE_COMPETENCY_ROUTES),
      },
      {
        path: 'employees',
        loadChildren: () => import('@kompeten/admin/organisation').then((m) => m.EMPLOYEE_ROUTES),
      },
      {
        path: 'competency',
        loadChildren: () => import('@kompeten/admin/competency').then((m) => m.COMPETENCY_ROUTES),
      },
      {
        path: 'team',
        canMatch: [roleGuard('SUPERVISOR')],
        loadChildren: () => import('@kompeten/admin/competency').then((m) => m.TEAM_ROUTES),
      },
      {
        // Mail log and jobs; the router falls through to the identity admin routes for the rest.
        path: 'admin',
        canMatch: [roleGuard('ADMIN')],
        loadChildren: () => import('@kompeten/admin/notification').then((m) => m.NOTIFICATION_ADMIN_ROUTES),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('ADMIN')],
        loadChildren: () => import('@kompeten/admin/identity').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'settings',
        loadChildren: () => import('@kompeten/admin/notification').then((m) => m.SETTINGS_ROUTES),
      },
      { path: '**', loadComponent: () => import('./layout/not-found').then((m) => m.NotFound) },
    ],
  },
];
