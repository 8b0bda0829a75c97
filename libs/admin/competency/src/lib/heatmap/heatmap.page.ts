import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, LanguageService, problemOf } from '@kompeten/admin/core';
import { EmployeesService, UnitsService } from '@kompeten/admin/organisation';
import { EmptyState, ErrorState, LoadingState, PageHeader, unitOptions } from '@kompeten/admin/ui';
import { catchError, map, of } from 'rxjs';
import { HeatmapChartView, HeatmapLabels } from '../charts/heatmap-chart';
import { GapsService } from '../data/gaps.service';
import { buildHeatmap, HeatmapPoint } from '../shared/heatmap-data';

/** Unit (or jabatan) × competency: share of employees below standard, with a table alternative. */
@Component({
  selector: 'kp-heatmap-page',
  imports: [
    DecimalPipe,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    HeatmapChartView,
    LoadingState,
    PageHeader,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap.page.html',
  styles: `
    .kp-hm-controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; padding: 16px 16px 0; }
    .kp-hm-controls mat-form-field { min-width: 280px; flex: 1; max-width: 520px; }
    .kp-hm-chart { overflow-x: auto; padding: 0 8px 8px; }
    .kp-hm-table { width: 100%; border-collapse: collapse; min-width: 640px; }
    .kp-hm-table th, .kp-hm-table td { padding: 6px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: right; }
    .kp-hm-table th:nth-child(-n + 2), .kp-hm-table td:nth-child(-n + 2) { text-align: left; }
    .kp-legend { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); padding: 0 16px 16px; }
  `,
})
export class HeatmapPage {
  private readonly auth = inject(AuthService);
  private readonly gaps = inject(GapsService);
  private readonly unitsApi = inject(UnitsService);
  private readonly employees = inject(EmployeesService);
  private readonly i18n = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  protected readonly isHr = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  private readonly tree = rxResource({
    params: () => (this.isHr() ? true : undefined),
    stream: () => this.unitsApi.tree().pipe(catchError(() => of([]))),
  });
  protected readonly units = computed(() => unitOptions(this.tree.hasValue() ? (this.tree.value() ?? []) : []));
  /** A supervisor sees the unit he belongs to (and everything below it). */
  private readonly ownUnit = rxResource({
    params: () => (this.isHr() ? undefined : true),
    stream: () => this.employees.me().pipe(map((e) => ({ id: e.unitId, name: e.unitName }))),
  });
  protected readonly ownUnitName = computed(() => (this.ownUnit.hasValue() ? this.ownUnit.value().name : null));
  protected readonly unitId = signal<string | null>(null);
  protected readonly groupBy = signal<'unit' | 'position'>('unit');

  protected readonly heatmap = rxResource({
    params: () => (this.unitId() ? { unitId: this.unitId() as string, groupBy: this.groupBy() } : undefined),
    stream: ({ params }) => this.gaps.heatmap(params.unitId, params.groupBy),
  });
  protected readonly h = computed(() => (this.heatmap.hasValue() ? this.heatmap.value() : null));
  protected readonly matrix = computed(() => (this.h() ? buildHeatmap(this.h() as NonNullable<ReturnType<typeof this.h>>) : null));
  protected readonly error = computed(() => {
    const err = this.heatmap.error() ?? this.ownUnit.error();
    return err ? errorMessage(problemOf(err), this.i18n) : null;
  });
  protected readonly labels = computed<HeatmapLabels>(() => {
    this.language.lang();
    const t = (k: string, p?: Record<string, unknown>) => this.i18n.translate(`heatmap.${k}`, p);
    const m = this.matrix();
    return {
      summary: t('chartSummary', { groups: m?.yNames.length ?? 0, competencies: m?.xCodes.length ?? 0 }),
      share: t('share'),
      below: t('below'),
      unassessed: t('unassessed'),
      meanGap: t('meanGap'),
      employees: t('employeesUnit'),
    };
  });

  constructor() {
    effect(() => {
      if (this.unitId()) return;
      if (this.isHr()) {
        const first = this.units()[0];
        if (first) this.unitId.set(first.id);
      } else if (this.ownUnit.hasValue()) {
        this.unitId.set(this.ownUnit.value().id);
      }
    });
  }

  protected open(p: HeatmapPoint): void {
    void this.router.navigate(['/employees'], { queryParams: this.linkParams(p) });
  }

  protected linkParams(p: HeatmapPoint): Record<string, string> {
    const h = this.h();
    if (!h) return {};
    if (h.groupBy === 'position') return { unitId: h.rootUnitId };
    return p.cell.groupId === h.rootUnitId ? { unitId: p.cell.groupId, includeSubunits: 'false' } : { unitId: p.cell.groupId };
  }
}
