import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

/** A counter on the home page: big number, label, optional link to the list behind it. */
@Component({
  selector: 'kp-stat-card',
  imports: [DecimalPipe, MatIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (link()) {
      <a class="kp-stat" [routerLink]="link()">
        <mat-icon class="kp-stat__icon" [svgIcon]="icon()" aria-hidden="true" />
        <span class="kp-stat__value">{{ value() | number }}</span>
        <span class="kp-stat__label">{{ label() }}</span>
      </a>
    } @else {
      <div class="kp-stat">
        <mat-icon class="kp-stat__icon" [svgIcon]="icon()" aria-hidden="true" />
        <span class="kp-stat__value">{{ value() | number }}</span>
        <span class="kp-stat__label">{{ label() }}</span>
      </div>
    }
  `,
})
export class StatCard {
  readonly label = input.required<string>();
  readonly value = input.required<number>();
  readonly icon = input('info');
  readonly link = input<string | null>(null);
}
