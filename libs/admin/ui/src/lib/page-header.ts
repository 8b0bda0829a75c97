import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

/** Page title, optional subtitle and back link; actions are projected on the right. */
@Component({
  selector: 'kp-page-header',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'kp-page-header' },
  template: `
    <div class="kp-page-header__text">
      @if (backLink()) {
        <a mat-icon-button [routerLink]="backLink()" [attr.aria-label]="backLabel()" class="kp-page-header__back">
          <mat-icon svgIcon="arrow_back" />
        </a>
      }
      <div>
        <h1 class="kp-page-title">{{ heading() }}</h1>
        @if (subtitle()) {
          <p class="kp-page-subtitle">{{ subtitle() }}</p>
        }
      </div>
    </div>
    <div class="kp-page-header__actions"><ng-content /></div>
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly subtitle = input<string | null>(null);
  readonly backLink = input<string | null>(null);
  readonly backLabel = input('Kembali');
}
