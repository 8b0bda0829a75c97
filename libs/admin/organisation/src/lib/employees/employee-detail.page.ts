import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { EmptyState, ErrorState, GolonganPipe, LoadingState, NipPipe, PageHeader, PositionTypePipe, StatusChip, unitOptions } from '@kompeten/admin/ui';
import { catchError, of } from 'rxjs';
import { EmployeesService } from '../data/employees.service';
import { UnitsService } from '../data/units.service';
import { EmployeeFormData, EmployeeFormDialog, EmployeeFormResult } from './employee-form.dialog';
import { STATUS_TONE } from './employee-status';

/** One employee's profile and riwayat jabatan; HR can edit. Also serves /employees/me. */
@Component({
  selector: 'kp-employee-detail-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    GolonganPipe,
    LoadingState,
    NipPipe,
    PageHeader,
    PositionTypePipe,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-detail.page.html',
  styles: `
    .kp-profile { display: grid; grid-template-columns: 2fr 1fr; gap: 24px; align-items: start; }
    @media (max-width: 959.98px) { .kp-profile { grid-template-columns: 1fr; } }
    .kp-profile__head { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .kp-profile__avatar {
      width: 56px; height: 56px; border-radius: 50%; display: grid; place-items: center; flex: none;
      background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); font: var(--mat-sys-title-large);
    }
  `,
})
export class EmployeeDetailPage {
  private readonly employees = inject(EmployeesService);
  private readonly unitsApi = inject(UnitsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  readonly id = input<string>();
  /** Set by the /employees/me route. */
  readonly me = input(false);

  protected readonly canEdit = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  protected readonly tone = STATUS_TONE;
  protected readonly historyColumns = ['period', 'position', 'unit', 'reason'];
  protected readonly employee = rxResource({
    params: () => (this.me() ? 'me' : this.id()),
    stream: ({ params }) => (params === 'me' ? this.employees.me() : this.employees.get(params)),
  });
  protected readonly e = computed(() => (this.employee.hasValue() ? this.employee.value() : null));
  protected readonly error = computed(() => {
    const err = this.employee.error();
    if (!err) return null;
    const p = problemOf(err);
    if (this.me() && p.status === 404) return this.i18n.translate('employees.noOwnRecord');
    return errorMessage(p, this.i18n);
  });
  protected readonly history = rxResource({
    params: () => this.e()?.id,
    stream: ({ params }) => this.employees.history(params),
  });
  protected readonly historyRows = computed(() => (this.history.hasValue() ? this.history.value() : []));
  protected readonly initials = computed(() => {
    const n = this.e()?.name ?? '';
    return n.split(/\s+/).slice(0, 2).map((w) => w[0] ?? '').join('').toUpperCase();
  });

  protected edit(): void {
    const employee = this.e();
    if (!employee) return;
    this.unitsApi
      .tree()
      .pipe(catchError(() => of([])))
      .subscribe((tree) => {
        const data: EmployeeFormData = { employee, units: unitOptions(tree) };
        this.dialog
          .open<EmployeeFormDialog, EmployeeFormData, EmployeeFormResult>(EmployeeFormDialog, { data, width: '760px', maxWidth: '95vw' })
          .afterClosed()
          .subscribe((saved) => {
            if (!saved) return;
            if (saved !== 'reload') this.notifier.success(this.i18n.translate('employees.saved', { name: saved.displayName }));
            this.employee.reload();
            this.history.reload();
          });
      });
  }
}
