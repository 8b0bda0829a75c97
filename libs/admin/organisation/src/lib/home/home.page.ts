import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, problemOf } from '@kompeten/admin/core';
import { ErrorState, GolonganPipe, LoadingState, NipPipe, PageHeader, StatCard } from '@kompeten/admin/ui';
import { EmployeesService } from '../data/employees.service';
import { HomeService } from '../data/home.service';
import { COUNTER_META, labelOr } from './home-keys';

@Component({
  selector: 'kp-home-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
    GolonganPipe,
    LoadingState,
    NipPipe,
    PageHeader,
    StatCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styles: `
    .kp-home-grid { display: grid; grid-template-columns: 3fr 2fr; gap: 24px; align-items: start; }
    @media (max-width: 959.98px) { .kp-home-grid { grid-template-columns: 1fr; } }
    .kp-tasks { list-style: none; margin: 0; padding: 0; }
    .kp-task {
      display: flex; align-items: center; gap: 16px; padding: 12px 24px; color: inherit; text-decoration: none;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .kp-task:hover { background: var(--mat-sys-surface-container); }
    .kp-task__count {
      min-width: 32px; height: 32px; padding: 0 8px; display: grid; place-items: center; border-radius: 16px;
      background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); font-weight: 600;
    }
    .kp-task__count--done { background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface-variant); }
    .kp-task__text { flex: 1; }
  `,
})
export class HomePage {
  private readonly i18n = inject(TranslocoService);
  private readonly employees = inject(EmployeesService);
  private readonly home = inject(HomeService);
  protected readonly user = inject(AuthService).user;
  protected readonly router = inject(Router);
  protected readonly today = new Date();
  protected readonly summary = rxResource({ stream: () => this.home.summary() });
  protected readonly me = rxResource({
    params: () => this.user()?.employeeId ?? undefined,
    stream: () => this.employees.me(),
  });
  protected readonly profile = computed(() => (this.me.hasValue() ? this.me.value() : null));
  protected readonly data = computed(() => (this.summary.hasValue() ? this.summary.value() : null));
  protected readonly error = computed(() => (this.summary.error() ? errorMessage(problemOf(this.summary.error()), this.i18n) : null));
  protected readonly meta = COUNTER_META;
  protected readonly labelOr = labelOr;

  protected reload(): void {
    this.summary.reload();
  }
}

