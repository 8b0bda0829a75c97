import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** Loading failed: what went wrong and a retry button. */
@Component({
  selector: 'kp-error-state',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'kp-state kp-state--error', role: 'alert' },
  template: `
    <mat-icon class="kp-state__icon" svgIcon="error" aria-hidden="true" />
    <p class="kp-state__title">{{ heading() }}</p>
    @if (message()) {
      <p class="kp-state__message">{{ message() }}</p>
    }
    <button mat-stroked-button type="button" (click)="retry.emit()">
      <mat-icon svgIcon="refresh" />{{ retryLabel() }}
    </button>
  `,
})
export class ErrorState {
  readonly heading = input.required<string>();
  readonly message = input<string | null>(null);
  readonly retryLabel = input('Coba lagi');
  readonly retry = output<void>();
}
