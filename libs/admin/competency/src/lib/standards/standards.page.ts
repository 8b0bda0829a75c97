import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { EmptyState, ErrorState, JenjangPipe, LoadingState, PageHeader, PositionTypePipe } from '@kompeten/admin/ui';
import {
  CreateStandardRequest,
  FUNCTIONAL_LEVELS,
  FunctionalLevel,
  Position,
  POSITION_TYPES,
  PositionStandard,
  PositionType,
} from '@kompeten/shared/contract';
import { catchError, map, of } from 'rxjs';
import { FrameworksService } from '../data/frameworks.service';
import { StandardsService } from '../data/standards.service';
import { PositionPicker } from '../shared/position-picker';
import { DraftRow, draftRows, requirementsOf } from '../shared/standard-draft';

type Target = 'position' | 'type';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Standar kompetensi jabatan: the one in force for a position or jabatan type, and a new version. */
@Component({
  selector: 'kp-standards-page',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    JenjangPipe,
    LoadingState,
    PageHeader,
    PositionPicker,
    PositionTypePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './standards.page.html',
  styles: `
    .kp-std-controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
    .kp-std-controls > * { flex: 1 1 320px; max-width: 560px; }
    .kp-std-table { width: 100%; border-collapse: collapse; min-width: 720px; }
    .kp-std-table th, .kp-std-table td { padding: 4px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; vertical-align: middle; }
    .kp-std-table th { font-weight: 600; color: var(--mat-sys-on-surface-variant); padding-top: 12px; padding-bottom: 12px; }
    .kp-std-table tr.kp-off td { color: var(--mat-sys-on-surface-variant); }
    .kp-std-table mat-form-field { width: 110px; }
    .kp-std-table .mat-mdc-form-field-subscript-wrapper { display: none; }
  `,
})
export class StandardsPage {
  private readonly standards = inject(StandardsService);
  private readonly frameworksApi = inject(FrameworksService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  protected readonly types = POSITION_TYPES;
  protected readonly target = signal<Target>('position');
  protected readonly position = signal<Position | null>(null);
  protected readonly positionType = signal<PositionType | null>(null);

  protected readonly current = rxResource({
    params: () =>
      this.target() === 'position'
        ? this.position()
          ? { kind: 'position' as const, id: this.position()?.id as string }
          : undefined
        : this.positionType()
          ? { kind: 'type' as const, type: this.positionType() as PositionType }
          : undefined,
    stream: ({ params }) =>
      params.kind === 'position'
        ? this.standards.forPosition(params.id).pipe(map((s) => (s ? [s] : [])))
        : this.standards.list({ positionType: params.type, currentOnly: true }).pipe(map((list) => list.filter((s) => !s.positionId))),
  });
  protected readonly inForce = computed<PositionStandard[]>(() => (this.current.hasValue() ? this.current.value() : []));
  protected readonly error = computed(() => (this.current.error() ? errorMessage(problemOf(this.current.error()), this.i18n) : null));
  protected readonly hasSubject = computed(() => (this.target() === 'position' ? !!this.position() : !!this.positionType()));

  private readonly frameworkList = rxResource({ stream: () => this.frameworksApi.list().pipe(catchError(() => of([]))) });
  protected readonly published = computed(() => (this.frameworkList.hasValue() ? this.frameworkList.value() : []).filter((f) => f.status === 'PUBLISHED'));

  // Editor for a new version
  protected readonly editing = signal(false);
  protected readonly frameworkId = signal<string | null>(null);
  protected readonly rows = signal<DraftRow[]>([]);
  protected name = '';
  protected effectiveFrom = today();
  protected functionalLevel: FunctionalLevel | null = null;
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly includedCount = computed(() => this.rows().filter((r) => r.included).length);
  protected readonly functionalLevels = computed<readonly FunctionalLevel[]>(() => {
    const t = this.positionType();
    return t === 'FUNGSIONAL_KEAHLIAN' || t === 'FUNGSIONAL_KETERAMPILAN' ? FUNCTIONAL_LEVELS[t] : [];
  });
  protected readonly loadingFramework = signal(false);

  protected setTarget(t: Target): void {
    this.target.set(t);
    this.editing.set(false);
  }

  protected pickPosition(p: Position | null): void {
    this.position.set(p);
    this.editing.set(false);
  }

  protected pickType(t: PositionType): void {
    this.positionType.set(t);
    this.editing.set(false);
  }

  protected startNew(base: PositionStandard | null): void {
    const fw = base?.frameworkId && this.published().some((f) => f.id === base.frameworkId) ? base.frameworkId : (this.published()[0]?.id ?? null);
    const subject = this.target() === 'position' ? this.position()?.name : this.positionType();
    this.name = base?.name ?? `SKJ ${subject ?? ''}`.trim();
    this.effectiveFrom = today();
    this.functionalLevel = base?.functionalLevel ?? null;
    this.problem.set(null);
    this.editing.set(true);
    this.base = base;
    this.chooseFramework(fw);
  }

  private base: PositionStandard | null = null;

  protected chooseFramework(id: string | null): void {
    this.frameworkId.set(id);
    this.rows.set([]);
    if (!id) return;
    this.loadingFramework.set(true);
    this.frameworksApi.get(id).subscribe({
      next: (f) => {
        this.loadingFramework.set(false);
        this.rows.set(draftRows(f.competencies.slice().sort((a, b) => a.code.localeCompare(b.code)), this.base));
      },
      error: () => this.loadingFramework.set(false),
    });
  }

  protected patchRow(index: number, change: Partial<DraftRow>): void {
    this.rows.update((rows) => rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  }

  protected save(): void {
    const fw = this.frameworkId();
    const requirements = requirementsOf(this.rows());
    if (!fw || !requirements.length || this.name.trim().length < 3 || !this.effectiveFrom) {
      this.problem.set(this.i18n.translate('standards.incomplete'));
      return;
    }
    const body: CreateStandardRequest = { frameworkId: fw, name: this.name.trim(), effectiveFrom: this.effectiveFrom, requirements };
    if (this.target() === 'position') body.positionId = this.position()?.id;
    else {
      body.positionType = this.positionType() ?? undefined;
      if (this.functionalLevel) body.functionalLevel = this.functionalLevel;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.standards.create(body).subscribe({
      next: (s) => {
        this.saving.set(false);
        this.editing.set(false);
        this.notifier.success(this.i18n.translate('standards.saved', { name: s.name }));
        this.current.reload();
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const p = problemOf(err);
        const fields = (p.errors ?? []).map((e) => e.message).join('; ');
        this.problem.set(errorMessage(p, this.i18n) + (fields ? ` (${fields})` : ''));
      },
    });
  }
}
