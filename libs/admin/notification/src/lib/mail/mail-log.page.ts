import { DatePipe, UpperCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { PageHeader, StatCard, StatusChip, TableCard } from '@kompeten/admin/ui';
import { DEFAULT_PAGE_LIMIT, MAIL_STATUSES, MailLogEntry, MailLogQuery, MailMessage, MailStatus } from '@kompeten/shared/contract';
import { MailLogService } from '../notification.service';
import { canRetry, mailStatusKey, mailStatusTone } from './mail-status';

@Component({
  selector: 'kp-mail-log-page',
  imports: [
    DatePipe, UpperCasePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatSelectModule, MatTableModule, TranslocoPipe, PageHeader, StatCard, StatusChip, TableCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-log.page.html',
  styles: `
    tr.kp-mail-detail { height: 0; }
    tr.kp-mail-detail td { border-bottom-width: 0; padding: 0; }
    tr.kp-mail-detail--open td { border-bottom-width: 1px; }
    .kp-mail-body { display: grid; gap: 12px; padding: 8px 0 16px; }
    .kp-mail-body pre { white-space: pre-wrap; word-break: break-word; }
    .kp-mail-subject { min-width: 260px; max-width: 440px; }
    .kp-nowrap { white-space: nowrap; }
    .kp-mail-stats { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
    .kp-stat-button { all: unset; display: grid; cursor: pointer; border-radius: 12px; }
    .kp-stat-button ::ng-deep .kp-stat { height: 100%; box-sizing: border-box; }
    .kp-stat-button:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .kp-stat-button[aria-pressed='true'] ::ng-deep .kp-stat { border-color: var(--mat-sys-primary); background: var(--mat-sys-primary-container); }
  `,
})
export class MailLogPage {
  private readonly mail = inject(MailLogService);
  private readonly i18n = inject(TranslocoService);
  private readonly notifier = inject(Notifier);
  protected readonly statuses = MAIL_STATUSES;
  protected readonly columns = ['expand', 'createdAt', 'recipient', 'subject', 'status', 'actions'];
  protected readonly filters = inject(NonNullableFormBuilder).group({ status: '' as MailStatus | '', recipient: '', template: '', from: '', to: '' });
  protected readonly query = signal<MailLogQuery>({ limit: DEFAULT_PAGE_LIMIT, offset: 0 });
  protected readonly page = rxResource({ params: () => this.query(), stream: ({ params }) => this.mail.list(params) });
  protected readonly summary = rxResource({ params: () => this.query(), stream: () => this.mail.summary() });
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly error = computed(() => (this.page.error() ? errorMessage(problemOf(this.page.error()), this.i18n) : null));
  protected readonly counts = computed(() => (this.summary.hasValue() ? this.summary.value().counts : {}));
  protected readonly smtpMissing = computed(() => this.summary.hasValue() && !this.summary.value().smtpConfigured);
  protected readonly expanded = signal<string | null>(null);
  protected readonly detail = signal<MailMessage | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly statusKey = mailStatusKey;
  protected readonly statusTone = mailStatusTone;
  protected readonly canRetry = canRetry;
  protected readonly cards: Array<{ status: MailStatus; icon: string }> = [
    { status: 'SENT', icon: 'check_circle' }, { status: 'QUEUED', icon: 'inbox' }, { status: 'RETRY', icon: 'refresh' },
    { status: 'DEAD', icon: 'error' }, { status: 'SUPPRESSED', icon: 'visibility_off' }, { status: 'NO_ADDRESS', icon: 'mail' },
  ];

  protected apply(): void {
    const f = this.filters.getRawValue();
    this.query.set({
      status: f.status || undefined, recipient: f.recipient.trim() || undefined, template: f.template.trim() || undefined,
      from: f.from || undefined, to: f.to || undefined, limit: this.query().limit, offset: 0,
    });
  }

  protected byStatus(status: MailStatus): void {
    this.filters.patchValue({ status });
    this.apply();
  }

  protected reset(): void {
    this.filters.reset();
    this.apply();
  }

  protected paginate(e: PageEvent): void {
    this.query.update((q) => ({ ...q, limit: e.pageSize, offset: e.pageIndex * e.pageSize }));
  }

  protected toggle(row: MailLogEntry): void {
    if (this.expanded() === row.id) {
      this.expanded.set(null);
      return;
    }
    this.expanded.set(row.id);
    this.detail.set(null);
    this.mail.get(row.id).subscribe((m) => this.detail.set(m));
  }

  protected retry(row: MailLogEntry): void {
    this.busy.set(row.id);
    this.mail.retry(row.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.notifier.success(this.i18n.translate('mail.retried'));
        this.page.reload();
        this.summary.reload();
      },
      error: () => this.busy.set(null),
    });
  }
}
