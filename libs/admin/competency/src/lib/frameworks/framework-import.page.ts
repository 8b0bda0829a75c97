import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import { PageHeader } from '@kompeten/admin/ui';
import { catchError, of } from 'rxjs';
import { FrameworkExchangeService, FrameworkImportReport, ImportCounts, ImportFormat, ImportTarget } from '../data/framework-exchange.service';
import { FrameworksService } from '../data/frameworks.service';
import { CODE_PATTERN } from '../shared/codes';

const COUNT_KEYS: (keyof ImportCounts)[] = ['groups', 'competencies', 'levels', 'indicators'];

export function formatOf(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'json' ? 'case' : ext === 'csv' ? 'csv' : ext === 'xlsx' ? 'xlsx' : null;
}

/** Upload a CASE package, CSV or XLSX → dry-run report → import now. */
@Component({
  selector: 'kp-framework-import-page',
  imports: [
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    PageHeader,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-import.page.html',
  styles: `
    .kp-step__num {
      display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; margin-right: 8px; flex: none;
      background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font: var(--mat-sys-label-large);
    }
    .kp-step__title { display: flex; align-items: center; font: var(--mat-sys-title-medium); margin-bottom: 8px; }
    .kp-counts { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
    .kp-counts th, .kp-counts td { padding: 8px 12px; text-align: right; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .kp-counts th:first-child, .kp-counts td:first-child { text-align: left; }
    .kp-issues { margin: 8px 0 0; padding-left: 20px; }
    .kp-issues li + li { margin-top: 4px; }
    code { font-size: 12px; }
  `,
})
export class FrameworkImportPage {
  private readonly exchange = inject(FrameworkExchangeService);
  private readonly frameworksApi = inject(FrameworksService);
  private readonly i18n = inject(TranslocoService);
  protected readonly countKeys = COUNT_KEYS;
  protected readonly frameworks = rxResource({ stream: () => this.frameworksApi.list().pipe(catchError(() => of([]))) });
  protected readonly frameworkList = computed(() => (this.frameworks.hasValue() ? this.frameworks.value() : []));
  protected readonly file = signal<File | null>(null);
  protected readonly format = computed(() => (this.file() ? formatOf(this.file()?.name ?? '') : null));
  /** '' = decided by the file (CASE carries its own identity); 'new' = a new kamus from code + name. */
  protected targetId = '';
  protected code = '';
  protected name = '';
  protected readonly checking = signal(false);
  protected readonly running = signal(false);
  protected readonly report = signal<FrameworkImportReport | null>(null);
  protected readonly done = signal<FrameworkImportReport | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly codeValid = () => CODE_PATTERN.test(this.code.trim());

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const f = input.files?.[0] ?? null;
    input.value = '';
    this.file.set(f);
    this.report.set(null);
    this.done.set(null);
    this.problem.set(f && !formatOf(f.name) ? this.i18n.translate('frameworkImport.badFormat') : null);
  }

  protected needsTarget(): boolean {
    const fmt = this.format();
    return fmt === 'csv' || fmt === 'xlsx';
  }

  protected canCheck(): boolean {
    if (!this.file() || !this.format() || this.checking()) return false;
    if (!this.needsTarget()) return true;
    if (this.targetId && this.targetId !== 'new') return true;
    return this.codeValid() && this.name.trim().length >= 3;
  }

  protected check(): void {
    this.send(true);
  }

  protected run(): void {
    this.send(false);
  }

  protected restart(): void {
    this.file.set(null);
    this.report.set(null);
    this.done.set(null);
    this.problem.set(null);
  }

  private target(): ImportTarget {
    const format = this.format() as ImportFormat;
    if (this.targetId && this.targetId !== 'new') return { format, frameworkId: this.targetId };
    if (this.needsTarget() || this.targetId === 'new') return { format, code: this.code.trim() || undefined, name: this.name.trim() || undefined };
    return { format };
  }

  private send(dryRun: boolean): void {
    const f = this.file();
    if (!f || !this.format()) return;
    (dryRun ? this.checking : this.running).set(true);
    this.problem.set(null);
    this.exchange.import(f, this.target(), dryRun).subscribe({
      next: (r) => {
        (dryRun ? this.checking : this.running).set(false);
        if (dryRun) this.report.set(r);
        else {
          this.done.set(r);
          this.report.set(r);
          this.frameworks.reload();
        }
      },
      error: (err: unknown) => {
        (dryRun ? this.checking : this.running).set(false);
        const p = problemOf(err);
        const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
        this.problem.set(errorMessage(p, this.i18n) + (fields ? ` (${fields})` : ''));
      },
    });
  }
}
