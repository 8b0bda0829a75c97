import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { StatusChip } from '@kompeten/admin/ui';
import type { GapRow } from '@kompeten/shared/contract';
import { simulate } from './what-if';

/** What-if: pick target levels per competency and see JPM and gaps recomputed, nothing saved. */
@Component({
  selector: 'kp-what-if',
  imports: [DecimalPipe, TranslocoPipe, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="kp-card kp-card__body kp-stack" [attr.aria-label]="'whatIf.title' | transloco">
      <h2 class="kp-wi__title">{{ 'whatIf.title' | transloco }}</h2>
      <p class="kp-muted">{{ 'whatIf.intro' | transloco }}</p>
      <div class="kp-wi__grid">
        @for (r of rows(); track r.competencyId) {
          <label class="kp-wi__row">
            <span><span class="kp-mono kp-muted">{{ r.code }}</span> {{ r.name }} <span class="kp-muted">(L{{ r.requiredLevel }})</span></span>
            <select [value]="overrides().get(r.competencyId) ?? ''" (change)="set(r.competencyId, $any($event.target).value)">
              <option value="">{{ r.currentLevel === null ? ('whatIf.unknown' | transloco) : 'L' + r.currentLevel }}</option>
              @for (n of levels; track n) {
                <option [value]="n">L{{ n }}</option>
              }
            </select>
          </label>
        }
      </div>
      <div class="kp-wi__result" aria-live="polite">
        <strong>JPM {{ result().jpm === null ? '—' : (result().jpm | number: '1.0-2') + '%' }}</strong>
        @if (result().category; as c) { <kp-status-chip [label]="'jpmCategory.' + c | transloco" tone="info" /> }
        <span>{{ 'whatIf.openGaps' | transloco: { n: result().openGaps } }}</span>
        <span>{{ (result().meetsStandard ? 'profile.meets' : 'profile.notMeets') | transloco }}</span>
        @if (overrides().size) { <button type="button" class="kp-wi__reset" (click)="reset()">{{ 'common.reset' | transloco }}</button> }
      </div>
    </section>
  `,
  styles: `
    .kp-wi__title { font: var(--mat-sys-title-medium); margin: 0; }
    .kp-wi__grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 8px 24px; }
    .kp-wi__row { display: flex; justify-content: space-between; align-items: center; gap: 12px; font: var(--mat-sys-body-medium); }
    .kp-wi__row select { font: inherit; padding: 4px 8px; border-radius: 8px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface); }
    .kp-wi__result { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding-top: 8px; border-top: 1px solid var(--mat-sys-outline-variant); }
    .kp-wi__reset { background: none; border: none; color: var(--mat-sys-primary); cursor: pointer; font: inherit; }
  `,
})
export class WhatIfPanel {
  readonly rows = input.required<GapRow[]>();
  protected readonly levels = [1, 2, 3, 4, 5];
  protected readonly overrides = signal<Map<string, number>>(new Map());
  protected readonly result = computed(() => simulate(this.rows(), this.overrides()));

  protected reset(): void {
    this.overrides.set(new Map());
  }

  protected set(id: string, value: string): void {
    const next = new Map(this.overrides());
    if (value) next.set(id, Number(value));
    else next.delete(id);
    this.overrides.set(next);
  }
}
