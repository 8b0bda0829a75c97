import { Route } from '@angular/router';
import { providePaginatorIntl } from '@kompeten/admin/ui';

/** /admin/mail and /admin/jobs: ADMIN only (guarded in app.routes.ts). */
export const NOTIFICATION_ADMIN_ROUTES: Route[] = [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      { path: 'mail', title: 'nav.mail', loadComponent: () => import('./mail/mail-log.page').then((m) => m.MailLogPage) },
      { path: 'jobs', title: 'nav.jobs', loadComponent: () => import('./jobs/jobs.page').then((m) => m.JobsPage) },
    ],
  },
];

/** /settings/notifications: every signed-in user. */
export const SETTINGS_ROUTES: Route[] = [
  { path: 'notifications', title: 'nav.notificationSettings', loadComponent: () => import('./settings/notification-settings.page').then((m) => m.NotificationSettingsPage) },
];
