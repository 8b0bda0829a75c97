import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChildren } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { EmptyState, ErrorState, injectHandset, LoadingState, PageHeader } from '@kompeten/admin/ui';
import type { AssessmentSheetRow, CreateAssessmentsRequest } from '@kompeten/shared/contract';
import { AssessmentsService } from '../data/assessments.service';
import { definedLevels, LevelChoice, levelKeyAction } from '../shared/level-keys';
import { LevelList } from '../shared/level-list';

export type SheetMode = 'SUPERVISOR' | 'SELF';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Keyboard-first assessment sheet, one row per required competency. Keys on a row: 1–5 choose a
 * level, 0 or "-" = tidak dapat dinilai, ←/→ step through defined levels, ↑/↓ move between rows.
 */
@Component({
  selector: 'kp-assessment-sheet-page',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    LevelList,
    LoadingState,
    PageHeader,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-sheet.page.html',
  styleUrl: './assessment-sheet.page.scss',
})
export class AssessmentSheetPage {
  private readonly api = inject(AssessmentsService);
  private readonly auth = inject(AuthService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly handset = injectHandset('(max-width: 1099.98px)');
  /** Route param (team mode). */
  readonly employeeId = input<string>();
  /** Route data. */
  readonly mode = input<SheetMode>('SUPERVISOR');

  protected readonly targetId = computed(() => (this.mode() === 'SELF' ? (this.auth.user()?.employeeId ?? null) : (this.employeeId() ?? null)));
  protected readonly backLink = computed(() => (this.mode() === 'SELF' ? '/employees/me/competency' : '/team'));
  protected readonly sheet = rxResource({
    params: () => this.targetId() ?? undefined,
    stream: ({ params }) => this.api.sheet(params),
  });
  protected readonly s = computed(() => (this.sheet.hasValue() ? this.sheet.value() : null));
  protected readonly rows = computed<AssessmentSheetRow[]>(() => this.s()?.rows ?? []);
  protected readonly defined = computed(() => this.rows().map((r) => definedLevels(r.levels)));
  protected readonly error = computed(() => {
    if (!this.targetId()) return this.i18n.translate('employees.noOwnRecord');
    return this.sheet.error() ? errorMessage(problemOf(this.sheet.error()), this.i18n) : null;
  });
  protected readonly choices = signal<Record<string, LevelChoice>>({});
  protected readonly notes = signal<Record<string, string>>({});
  protected readonly active = signal(0);
  protected readonly activeRow = computed(() => this.rows()[this.active()] ?? null);
  protected readonly chosenCount = computed(() => Object.values(this.choices()).filter((v) => v !== undefined).length);
  protected assessedAt = today();
  protected readonly maxDate = today();
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly levelsList = [1, 2, 3, 4, 5];
  private readonly groups = viewChildren<ElementRef<HTMLElement>>('group');

  protected choice(row: AssessmentSheetRow): LevelChoice {
    return this.choices()[row.competencyId];
  }

  protected choose(index: number, level: number | null): void {
    const row = this.rows()[index];
    if (!row) return;
    this.active.set(index);
    this.choices.update((c) => ({ ...c, [row.competencyId]: c[row.competencyId] === level ? undefined : level }));
  }

  protected setNote(row: AssessmentSheetRow, note: string): void {
    this.notes.update((n) => ({ ...n, [row.competencyId]: note }));
  }

  protected onKey(event: KeyboardEvent, index: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = this.rows()[index];
    const action = levelKeyAction(event.key, { row: index, rows: this.rows().length, current: this.choice(row), defined: this.defined()[index] });
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'select') {
      this.active.set(index);
      this.choices.update((c) => ({ ...c, [row.competencyId]: action.level }));
    } else {
      this.active.set(action.row);
      this.groups()[action.row]?.nativeElement.focus();
    }
  }

  protected save(): void {
    const id = this.targetId();
    if (!id || this.saving()) return;
    const choices = this.choices();
    const notes = this.notes();
    const items = this.rows()
      .filter((r) => choices[r.competencyId] !== undefined)
      .map((r) => ({ competencyId: r.competencyId, level: choices[r.competencyId] as number | null, note: notes[r.competencyId]?.trim() || undefined }));
    if (!items.length) {
      this.problem.set(this.i18n.translate('assess.nothingChosen'));
      return;
    }
    const body: CreateAssessmentsRequest = { employeeId: id, method: this.mode() === 'SELF' ? 'SELF' : 'SUPERVISOR', assessedAt: this.assessedAt, items };
    this.saving.set(true);
    this.problem.set(null);
    this.api.create(body).subscribe({
      next: () => {
        this.notifier.success(this.i18n.translate('assess.saved', { n: items.length }));
        void this.router.navigateByUrl(this.backLink());
      },
      error: (err: unknown) => {
        const p = problemOf(err);
        const fields = (p.errors ?? []).map((e) => e.message).join('; ');
        this.problem.set(errorMessage(p, this.i18n) + (fields ? ` (${fields})` : ''));
        this.saving.set(false);
      },
    });
  }
}
