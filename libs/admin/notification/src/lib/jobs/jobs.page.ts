import { DatePipe, KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { ChipTone, PageHeader, StatusChip, TableCard } from '@kompeten/admin/ui';
import { DEFAULT_PAGE_LIMIT, JobOutcome, JobSummary } from '@kompeten/shared/contract';
import { JobsService } from '../notification.service';
import { scheduleText } from './schedule-text';

const TONES: Record<JobOutcome, ChipTone> = { RUNNING: 'info', OK: 'success', FAILED: 'error', SKIPPED: 'neutral' };

@Component({
  selector: 'kp-jobs-page',
  imports: [DatePipe, KeyValuePipe, MatButtonModule, MatIconModule, MatPaginatorModule, MatTableModule, TranslocoPipe, PageHeader, StatusChip, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs.page.html',
})
export class JobsPage {
  private readonly jobs = inject(JobsService);
  private readonly i18n = inject(TranslocoService);
  private readonly notifier = inject(Notifier);
  protected readonly jobColumns = ['name', 'schedule', 'lastRun', 'actions'];
  protected readonly runColumns = ['startedAt', 'job', 'trigger', 'outcome', 'counts', 'instance'];
  protected readonly list = rxResource({ stream: () => this.jobs.list() });
  protected readonly runQuery = signal<{ limit: number; offset: number; job?: string }>({ limit: DEFAULT_PAGE_LIMIT, offset: 0 });
  protected readonly runs = rxResource({ params: () => this.runQuery(), stream: ({ params }) => this.jobs.runs(params) });
  protected readonly jobRows = computed<JobSummary[]>(() => (this.list.hasValue() ? this.list.value() : []));
  protected readonly runRows = computed(() => (this.runs.hasValue() ? this.runs.value().items : []));
  protected readonly runTotal = computed(() => (this.runs.hasValue() ? this.runs.value().total : 0));
  protected readonly listError = computed(() => (this.list.error() ? errorMessage(problemOf(this.list.error()), this.i18n) : null));
  protected readonly runsError = computed(() => (this.runs.error() ? errorMessage(problemOf(this.runs.error()), this.i18n) : null));
  protected readonly busy = signal<string | null>(null);
  protected readonly tone = (o: JobOutcome) => TONES[o];
  protected readonly schedule = scheduleText;

  /** Known count names are translated; a job's own names show as they are. */
  protected countLabel(key: string | number | symbol): string {
    const path = `jobs.countKeys.${String(key)}`;
    const t = this.i18n.translate(path);
    return t === path ? String(key) : t;
  }

  protected runNow(job: JobSummary): void {
    this.busy.set(job.name);
    this.jobs.run(job.name).subscribe({
      next: (r) => {
        this.busy.set(null);
        this.notifier.success(this.i18n.translate('jobs.ran', { job: job.name, outcome: this.i18n.translate(`jobs.outcome.${r.outcome}`) }));
        this.list.reload();
        this.runs.reload();
      },
      error: () => this.busy.set(null),
    });
  }

  protected filter(job: string | undefined): void {
    this.runQuery.set({ limit: this.runQuery().limit, offset: 0, job });
  }

  protected paginate(e: PageEvent): void {
    this.runQuery.update((q) => ({ ...q, limit: e.pageSize, offset: e.pageIndex * e.pageSize }));
  }
}
