import { inject } from '@angular/core';
import { Route, Router } from '@angular/router';
import { AuthService } from '@kompeten/admin/core';
import { providePaginatorIntl } from '@kompeten/admin/ui';
import { provideCharts } from './charts/provide-charts';

const hrOnly = () => inject(AuthService).hasAnyRole('HR_OFFICER', 'ADMIN') || inject(Router).createUrlTree(['/competency/frameworks']);
const heatmapAccess = () =>
  inject(AuthService).hasAnyRole('HR_OFFICER', 'ADMIN', 'SUPERVISOR') || inject(Router).createUrlTree(['/competency/frameworks']);

/** /competency/*: the kamus is readable by everyone signed in; standards and heat-map by role. */
export const COMPETENCY_ROUTES: Route[] = [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'frameworks' },
      {
        path: 'frameworks',
        title: 'nav.frameworks',
        loadComponent: () => import('./frameworks/frameworks.page').then((m) => m.FrameworksPage),
      },
      {
        path: 'frameworks/import',
        title: 'frameworkImport.title',
        canActivate: [hrOnly],
        loadComponent: () => import('./frameworks/framework-import.page').then((m) => m.FrameworkImportPage),
      },
      {
        path: 'frameworks/:id',
        title: 'frameworks.detailTitle',
        loadComponent: () => import('./frameworks/framework-detail.page').then((m) => m.FrameworkDetailPage),
      },
      {
        path: 'standards',
        title: 'nav.standards',
        canActivate: [hrOnly],
        loadComponent: () => import('./standards/standards.page').then((m) => m.StandardsPage),
      },
      {
        path: 'heatmap',
        title: 'nav.heatmap',
        canActivate: [heatmapAccess],
        providers: [provideCharts()],
        loadComponent: () => import('./heatmap/heatmap.page').then((m) => m.HeatmapPage),
      },
    ],
  },
];

/** /team/*: a supervisor's reports (guarded in app.routes.ts). */
export const TEAM_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', title: 'nav.team', loadComponent: () => import('./team/team.page').then((m) => m.TeamPage) },
  {
    path: ':employeeId/assess',
    title: 'assess.title',
    data: { mode: 'SUPERVISOR' },
    loadComponent: () => import('./assess/assessment-sheet.page').then((m) => m.AssessmentSheetPage),
  },
];

/** /employees/:id/competency/* ("me" for the signed-in employee). */
export const EMPLOYEE_COMPETENCY_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideCharts()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'profile.title',
        loadComponent: () => import('./profile/competency-profile.page').then((m) => m.CompetencyProfilePage),
      },
      {
        path: 'self-assessment',
        title: 'assess.selfTitle',
        data: { mode: 'SELF' },
        loadComponent: () => import('./assess/assessment-sheet.page').then((m) => m.AssessmentSheetPage),
      },
    ],
  },
];
