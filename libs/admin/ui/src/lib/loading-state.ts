import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** A progress bar over skeleton rows while a page or table loads. */
@Component({
  selector: 'kp-loading-state',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'kp-loading', 'aria-busy': 'true' },
  template: `
    <mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" />
    <div class="kp-loading__rows" aria-hidden="true">
      @for (r of rowList(); track r) {
        <div class="kp-skeleton" [style.width.%]="r"></div>
      }
    </div>
  `,
})
export class LoadingState {
  readonly rows = input(4);
  readonly label = input('Memuat…');
  protected readonly rowList = computed(() =>
    Array.from({ length: this.rows() }, (_, i) => [92, 78, 86, 64, 70][i % 5]),
  );
}
