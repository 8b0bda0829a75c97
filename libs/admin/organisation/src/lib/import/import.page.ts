import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import { PageHeader } from '@kompeten/admin/ui';
import { EMPLOYEE_IMPORT_COLUMNS, ImportJob, ImportReport, ImportRowError } from '@kompeten/shared/contract';
import { switchMap, takeWhile, timer } from 'rxjs';
import { EmployeeImportService } from '../data/employee-import.service';
import { saveBlob } from './save-blob';

const MAX_SHOWN_ERRORS = 200;

/** Template → upload → dry-run report → real import with progress. */
@Component({
  selector: 'kp-import-page',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, RouterLink, TranslocoPipe, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styles: `
    .kp-steps { display: grid; gap: 16px; }
    .kp-step__num {
      display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; margin-right: 8px; flex: none;
      background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font: var(--mat-sys-label-large);
    }
    .kp-step__title { display: flex; align-items: center; font: var(--mat-sys-title-medium); margin-bottom: 8px; }
    .kp-file { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; }
    .kp-counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 16px; margin: 16px 0; }
    .kp-counts div { padding: 12px 16px; border-radius: 8px; background: var(--mat-sys-surface-container); }
    .kp-counts strong { display: block; font: var(--mat-sys-headline-small); }
    code { font-size: 12px; }
  `,
})
export class ImportPage {
  private readonly api = inject(EmployeeImportService);
  private readonly i18n = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly columns = EMPLOYEE_IMPORT_COLUMNS;
  protected readonly errorColumns = ['row', 'column', 'message'];
  protected readonly file = signal<File | null>(null);
  protected readonly checking = signal(false);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly job = signal<ImportJob | null>(null);
  protected readonly starting = signal(false);
  protected readonly downloading = signal<'csv' | 'xlsx' | null>(null);
  protected readonly shownErrors = computed<ImportRowError[]>(() => (this.report()?.errors ?? []).slice(0, MAX_SHOWN_ERRORS));
  protected readonly hiddenErrors = computed(() => Math.max(0, (this.report()?.errors.length ?? 0) - MAX_SHOWN_ERRORS));
  protected readonly canImport = computed(() => {
    const r = this.report();
    return !!r && r.errors.length === 0 && r.validRows > 0 && !this.job();
  });
  protected readonly running = computed(() => this.job()?.status === 'RUNNING');
  protected readonly progress = computed(() => {
    const j = this.job();
    return j && j.total > 0 ? Math.round((j.processed / j.total) * 100) : 0;
  });

  protected download(format: 'csv' | 'xlsx'): void {
    this.downloading.set(format);
    this.api.template(format).subscribe({
      next: (blob) => {
        saveBlob(blob, `template-impor-pegawai.${format}`);
        this.downloading.set(null);
      },
      error: () => this.downloading.set(null),
    });
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const f = input.files?.[0] ?? null;
    input.value = '';
    this.file.set(f);
    this.report.set(null);
    this.job.set(null);
    this.problem.set(null);
    if (f) this.check();
  }

  protected check(): void {
    const f = this.file();
    if (!f) return;
    this.checking.set(true);
    this.problem.set(null);
    this.api.upload(f, true).subscribe({
      next: (r) => {
        this.report.set(r);
        this.checking.set(false);
      },
      error: (err: unknown) => {
        this.problem.set(errorMessage(problemOf(err), this.i18n));
        this.checking.set(false);
      },
    });
  }

  protected run(): void {
    const f = this.file();
    if (!f || !this.canImport()) return;
    this.starting.set(true);
    this.problem.set(null);
    this.api.upload(f, false).subscribe({
      next: (r) => {
        this.starting.set(false);
        if (r.jobId) this.poll(r.jobId, r.totalRows);
        else this.report.set(r);
      },
      error: (err: unknown) => {
        this.starting.set(false);
        const p = problemOf(err);
        this.problem.set(errorMessage(p, this.i18n));
      },
    });
  }

  protected restart(): void {
    this.file.set(null);
    this.report.set(null);
    this.job.set(null);
    this.problem.set(null);
  }

  private poll(jobId: string, total: number): void {
    this.job.set({ id: jobId, kind: 'employee-import', status: 'RUNNING', processed: 0, total, report: null, error: null, startedAt: '', finishedAt: null });
    timer(0, 1000)
      .pipe(
        switchMap(() => this.api.job(jobId)),
        takeWhile((j) => j.status === 'RUNNING', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (j) => this.job.set(j),
        error: (err: unknown) => this.problem.set(errorMessage(problemOf(err), this.i18n)),
      });
  }
}
