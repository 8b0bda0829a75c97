import { inject } from '@angular/core';
import { Route, Router } from '@angular/router';
import { AuthService } from '@kompeten/admin/core';
import { providePaginatorIntl } from '@kompeten/admin/ui';

const hrOnly = () => inject(AuthService).hasAnyRole('HR_OFFICER', 'ADMIN') || inject(Router).createUrlTree(['/']);
/** The list is for HR and supervisors; plain employees go to their own page. */
const listAccess = () =>
  inject(AuthService).hasAnyRole('HR_OFFICER', 'ADMIN', 'SUPERVISOR') || inject(Router).createUrlTree(['/employees/me']);

export const EMPLOYEE_ROUTES: Route[] = [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.employees',
        canActivate: [listAccess],
        loadComponent: () => import('./employees/employees.page').then((m) => m.EmployeesPage),
      },
      {
        path: 'import',
        title: 'nav.import',
        canActivate: [hrOnly],
        loadComponent: () => import('./import/import.page').then((m) => m.ImportPage),
      },
      {
        path: 'me',
        title: 'nav.myProfile',
        data: { me: true },
        loadComponent: () => import('./employees/employee-detail.page').then((m) => m.EmployeeDetailPage),
      },
      {
        path: ':id',
        title: 'employees.profile',
        loadComponent: () => import('./employees/employee-detail.page').then((m) => m.EmployeeDetailPage),
      },
    ],
  },
];
