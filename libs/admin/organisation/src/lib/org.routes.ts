import { Route } from '@angular/router';
import { providePaginatorIntl } from '@kompeten/admin/ui';

/** /org/*: HR officers and admins (guarded in app.routes.ts). */
export const ORG_ROUTES: Route[] = [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'units' },
      { path: 'units', title: 'nav.units', loadComponent: () => import('./units/units.page').then((m) => m.UnitsPage) },
      { path: 'positions', title: 'nav.positions', loadComponent: () => import('./positions/positions.page').then((m) => m.PositionsPage) },
    ],
  },
];
