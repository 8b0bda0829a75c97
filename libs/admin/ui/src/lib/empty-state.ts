import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** Nothing to show yet: an icon, a short title and a sentence on what to do; actions projected. */
@Component({
  selector: 'kp-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'kp-state', role: 'status' },
  template: `
    <mat-icon class="kp-state__icon" [svgIcon]="icon()" aria-hidden="true" />
    <p class="kp-state__title">{{ heading() }}</p>
    @if (message()) {
      <p class="kp-state__message">{{ message() }}</p>
    }
    <ng-content />
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly message = input<string | null>(null);
  readonly icon = input('inbox');
}
