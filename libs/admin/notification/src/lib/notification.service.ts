import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { toParams } from '@kompeten/admin/core';
import type {
  JobRunEntry, JobSummary, MailLogEntry, MailLogQuery, MailLogSummary, MailMessage, NotificationPreferences, Page, PageQuery,
} from '@kompeten/shared/contract';

/** /api/v1/mail-log (ADMIN). */
@Injectable({ providedIn: 'root' })
export class MailLogService {
  private readonly http = inject(HttpClient);
  list(q: MailLogQuery) { return this.http.get<Page<MailLogEntry>>('/api/v1/mail-log', { params: toParams(q) }); }
  summary() { return this.http.get<MailLogSummary>('/api/v1/mail-log/summary'); }
  get(id: string) { return this.http.get<MailMessage>(`/api/v1/mail-log/${id}`); }
  retry(id: string) { return this.http.post<MailLogEntry>(`/api/v1/mail-log/${id}/retry`, {}); }
}

/** /api/v1/jobs (ADMIN). */
@Injectable({ providedIn: 'root' })
export class JobsService {
  private readonly http = inject(HttpClient);
  list() { return this.http.get<JobSummary[]>('/api/v1/jobs'); }
  runs(q: PageQuery & { job?: string }) { return this.http.get<Page<JobRunEntry>>('/api/v1/jobs/runs', { params: toParams(q) }); }
  run(name: string) { return this.http.post<JobRunEntry>(`/api/v1/jobs/${encodeURIComponent(name)}/run`, {}); }
}

/** /api/v1/me/notification-preferences (every signed-in user, for himself). */
@Injectable({ providedIn: 'root' })
export class NotificationPreferencesService {
  private readonly http = inject(HttpClient);
  get() { return this.http.get<NotificationPreferences>('/api/v1/me/notification-preferences'); }
  set(mutedCategories: NotificationPreferences['mutedCategories']) {
    return this.http.put<NotificationPreferences>('/api/v1/me/notification-preferences', { mutedCategories });
  }
}
