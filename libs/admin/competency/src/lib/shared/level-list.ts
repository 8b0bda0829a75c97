import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LevelDescriptor } from '@kompeten/shared/contract';

/** The five levels of a competency: title, description, indicators; undefined levels greyed out. */
@Component({
  selector: 'kp-level-list',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="kp-levels">
      @for (l of sorted(); track l.level) {
        <li class="kp-level" [class.kp-level--undefined]="!l.defined" [class.kp-level--on]="l.level === highlight()">
          <div class="kp-level__head">
            <span class="kp-level__badge" aria-hidden="true">{{ l.level }}</span>
            <span class="cdk-visually-hidden">{{ 'levels.level' | transloco }} {{ l.level }}:</span>
            @if (l.defined) {
              <strong>{{ l.title }}</strong>
            } @else {
              <em>{{ 'levels.undefined' | transloco }}</em>
            }
            @if (l.level === highlight()) {
              <span class="kp-chip kp-chip--info">{{ highlightLabel() }}</span>
            }
          </div>
          @if (l.defined) {
            @if (l.description) {
              <p class="kp-level__desc">{{ l.description }}</p>
            }
            @if (l.indicators.length) {
              <ul class="kp-level__ind" [attr.aria-label]="'levels.indicators' | transloco">
                @for (i of l.indicators; track $index) {
                  <li>{{ i }}</li>
                }
              </ul>
            }
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .kp-levels { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .kp-level { padding: 12px 16px; border-radius: 8px; border: 1px solid var(--mat-sys-outline-variant); }
    .kp-level--on { border-color: var(--mat-sys-primary); box-shadow: inset 3px 0 0 var(--mat-sys-primary); }
    .kp-level--undefined { background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface-variant); }
    .kp-level__head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
    .kp-level__badge {
      display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; flex: none; font: var(--mat-sys-label-large);
      background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container);
    }
    .kp-level--undefined .kp-level__badge { background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-outline); }
    .kp-level__desc { margin: 8px 0 0 36px; }
    .kp-level__ind { margin: 8px 0 0 36px; padding-left: 18px; color: var(--mat-sys-on-surface-variant); }
    .kp-level__ind li + li { margin-top: 4px; }
    @media (max-width: 599.98px) { .kp-level__desc, .kp-level__ind { margin-left: 0; } }
  `,
})
export class LevelList {
  readonly levels = input.required<LevelDescriptor[]>();
  readonly highlight = input<number | null>(null);
  readonly highlightLabel = input('');
  /** Show just this level (phones: the chosen one). */
  readonly only = input<number | null>(null);
  protected readonly sorted = computed(() => {
    const byLevel = new Map(this.levels().map((l) => [l.level, l]));
    const only = this.only();
    return (only ? [only] : [1, 2, 3, 4, 5]).map((level) => byLevel.get(level) ?? { level, defined: false, title: '', description: '', indicators: [] });
  });
}
