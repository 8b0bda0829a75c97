import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, LanguageService, Notifier, problemOf } from '@kompeten/admin/core';
import { EmployeesService } from '@kompeten/admin/organisation';
import { EmptyState, ErrorState, LoadingState, PageHeader, StatusChip } from '@kompeten/admin/ui';
import type { Assessment, GapRow, Position } from '@kompeten/shared/contract';
import { catchError, of } from 'rxjs';
import { RadarChartView, RadarLabels } from '../charts/radar-chart';
import { AssessmentsService } from '../data/assessments.service';
import { GapsService } from '../data/gaps.service';
import { PositionPicker } from '../shared/position-picker';
import { buildRadar } from '../shared/radar-data';
import { WhatIfPanel } from '../shared/what-if-panel';
import { CATEGORY_TONE, PRIORITY_TONE } from '../shared/tones';
import { VoidAssessmentData, VoidAssessmentDialog } from './void-assessment.dialog';

/** An employee's competency profile: radar, JPM and coverage, gaps, career target, assessment history. */
@Component({
  selector: 'kp-competency-profile-page',
  imports: [
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    LoadingState,
    PageHeader,
    PositionPicker,
    RadarChartView,
    StatusChip,
    WhatIfPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './competency-profile.page.html',
  styles: `
    .kp-cp { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(0, 2fr); gap: 24px; align-items: stretch; }
    @media (max-width: 959.98px) { .kp-cp { grid-template-columns: 1fr; } }
    .kp-jpm { display: flex; flex-direction: column; gap: 12px; }
    .kp-jpm__value { font: var(--mat-sys-display-small); font-weight: 600; color: var(--mat-sys-primary); line-height: 1; }
    .kp-jpm__row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .kp-essential { font: var(--mat-sys-label-small); color: var(--mat-sys-error); font-weight: 600; margin-left: 4px; }
    .kp-void td { color: var(--mat-sys-on-surface-variant); }
    .kp-void .kp-strike { text-decoration: line-through; }
    .kp-caption { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); margin-top: 8px; }
    .kp-target { max-width: 520px; }
  `,
})
export class CompetencyProfilePage {
  private readonly auth = inject(AuthService);
  private readonly employees = inject(EmployeesService);
  private readonly gapsApi = inject(GapsService);
  private readonly assessments = inject(AssessmentsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  /** Route param: an employee id, or "me". */
  readonly id = input.required<string>();

  protected readonly employeeId = computed(() => (this.id() === 'me' ? (this.auth.user()?.employeeId ?? null) : this.id()));
  protected readonly isSelf = computed(() => !!this.employeeId() && this.employeeId() === this.auth.user()?.employeeId);
  protected readonly isHr = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  protected readonly canAssess = computed(() => !this.isSelf() && this.auth.hasAnyRole('SUPERVISOR'));
  protected readonly canVoid = computed(() => !this.isSelf() && this.auth.hasAnyRole('HR_OFFICER', 'ADMIN', 'SUPERVISOR'));
  protected readonly categoryTone = CATEGORY_TONE;
  protected readonly gapColumns = ['competency', 'required', 'current', 'gap', 'priority', 'assessed'];
  protected readonly historyColumns = ['date', 'competency', 'level', 'method', 'status', 'actions'];
  protected readonly target = signal<Position | null>(null);

  protected readonly employee = rxResource({
    params: () => this.employeeId() ?? undefined,
    stream: ({ params }) => (this.isSelf() ? this.employees.me() : this.employees.get(params)).pipe(catchError(() => of(null))),
  });
  protected readonly gaps = rxResource({
    params: () => (this.employeeId() ? { id: this.employeeId() as string, target: this.target()?.id ?? null } : undefined),
    stream: ({ params }) => this.gapsApi.forEmployee(params.id, params.target),
  });
  protected readonly summary = computed(() => (this.gaps.hasValue() ? this.gaps.value() : null));
  protected readonly rows = computed<GapRow[]>(() => this.summary()?.rows ?? []);
  protected readonly radar = computed(() => buildRadar(this.rows()));
  protected readonly radarLabels = computed<RadarLabels>(() => {
    this.language.lang();
    const r = this.radar();
    return {
      required: this.i18n.translate('profile.radarRequired'),
      current: this.i18n.translate('profile.radarCurrent'),
      summary: this.i18n.translate('profile.radarSummary', {
        items: r.axes.map((a) => `${a.code} ${a.name}: ${a.current}/${a.required}`).join('; '),
      }),
    };
  });
  protected readonly missingText = computed(() => this.radar().missing.map((m) => m.code).join(', '));
  protected readonly error = computed(() => {
    if (!this.employeeId()) return this.i18n.translate('employees.noOwnRecord');
    return this.gaps.error() ? errorMessage(problemOf(this.gaps.error()), this.i18n) : null;
  });

  protected readonly history = rxResource({
    params: () => this.employeeId() ?? undefined,
    stream: ({ params }) => this.assessments.history(params),
  });
  protected readonly historyRows = computed<Assessment[]>(() =>
    (this.history.hasValue() ? this.history.value() : []).slice().sort((a, b) => b.assessedAt.localeCompare(a.assessedAt)),
  );
  private readonly names = computed(() => new Map(this.rows().map((r) => [r.competencyId, r])));
  protected readonly historyError = computed(() => (this.history.error() ? errorMessage(problemOf(this.history.error()), this.i18n) : null));

  protected competencyLabel(id: string): string {
    const r = this.names().get(id);
    return r ? `${r.code} ${r.name}` : '—';
  }

  protected priorityToneOf(r: GapRow) {
    return PRIORITY_TONE[r.priority];
  }

  protected pickTarget(p: Position | null): void {
    this.target.set(p);
  }

  protected voidAssessment(a: Assessment): void {
    const data: VoidAssessmentData = { assessment: a, label: this.competencyLabel(a.competencyId) };
    this.dialog
      .open(VoidAssessmentDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((done?: Assessment) => {
        if (!done) return;
        this.notifier.success(this.i18n.translate('profile.voided'));
        this.history.reload();
        this.gaps.reload();
      });
  }
}
