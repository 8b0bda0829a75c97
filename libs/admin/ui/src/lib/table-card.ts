import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';

/**
 * The frame around every list: projected filters on top, a thin progress bar while reloading,
 * then the table (projected) or the empty/error state. Paginator goes in `[kpTableFooter]`.
 */
@Component({
  selector: 'kp-table-card',
  imports: [MatProgressBarModule, EmptyState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'kp-card kp-table-card' },
  template: `
    <div class="kp-table-card__filters"><ng-content select="[kpTableFilters]" /></div>
    <div class="kp-table-card__bar">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="loadingLabel()" />
      }
    </div>
    @if (error()) {
      <kp-error-state [heading]="errorTitle()" [message]="error()" [retryLabel]="retryLabel()" (retry)="retry.emit()" />
    } @else if (empty() && !loading()) {
      <kp-empty-state [heading]="emptyTitle()" [message]="emptyMessage()" [icon]="emptyIcon()">
        <ng-content select="[kpEmptyAction]" />
      </kp-empty-state>
    } @else {
      <div class="kp-table-scroll" [class.kp-dim]="loading()"><ng-content /></div>
    }
    <ng-content select="[kpTableFooter]" />
  `,
})
export class TableCard {
  readonly loading = input(false);
  readonly empty = input(false);
  readonly error = input<string | null>(null);
  readonly emptyTitle = input('Belum ada data');
  readonly emptyMessage = input<string | null>(null);
  readonly emptyIcon = input('inbox');
  readonly errorTitle = input('Data gagal dimuat');
  readonly retryLabel = input('Coba lagi');
  readonly loadingLabel = input('Memuat…');
  readonly retry = output<void>();
}
