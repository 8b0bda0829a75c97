import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort, SortDirection } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { injectHandset, NipPipe, PageHeader, PositionTypePipe, StatusChip, TableCard, unitOptions } from '@kompeten/admin/ui';
import { EMPLOYEE_STATUSES, EmployeeListQuery, EmployeeStatus, EMPLOYMENT_TYPES, POSITION_TYPES } from '@kompeten/shared/contract';
import { GOLONGAN } from '@kompeten/shared/domain';
import { catchError, debounceTime, map, of } from 'rxjs';
import { EmployeesService } from '../data/employees.service';
import { UnitsService } from '../data/units.service';
import { EmployeeFormDialog, EmployeeFormData, EmployeeFormResult } from './employee-form.dialog';
import { paramsFromQuery, queryFromParams } from './employee-query';
import { STATUS_TONE } from './employee-status';

@Component({
  selector: 'kp-employees-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    NipPipe,
    PageHeader,
    PositionTypePipe,
    StatusChip,
    TableCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employees.page.html',
})
export class EmployeesPage {
  private readonly employees = inject(EmployeesService);
  private readonly unitsApi = inject(UnitsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  protected readonly handset = injectHandset();
  protected readonly canEdit = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  protected readonly positionTypes = POSITION_TYPES;
  protected readonly statuses = EMPLOYEE_STATUSES;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly golongan = GOLONGAN;
  protected readonly columns = ['name', 'nip', 'golongan', 'position', 'unit', 'status'];

  protected readonly query = toSignal(this.route.queryParams.pipe(map(queryFromParams)), {
    initialValue: queryFromParams(this.route.snapshot.queryParams),
  });
  protected readonly search = new FormControl(this.query().q ?? '', { nonNullable: true });
  protected readonly page = rxResource({ params: () => this.query(), stream: ({ params }) => this.employees.list(params) });
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly error = computed(() => (this.page.error() ? errorMessage(problemOf(this.page.error()), this.i18n) : null));
  private readonly tree = rxResource({
    params: () => (this.canEdit() ? true : undefined),
    stream: () => this.unitsApi.tree().pipe(catchError(() => of([]))),
  });
  protected readonly units = computed(() => unitOptions(this.tree.hasValue() ? (this.tree.value() ?? []) : []));
  protected readonly sortActive = computed(() => (this.query().sort ?? 'name').replace(/^-/, ''));
  protected readonly sortDirection = computed<SortDirection>(() => ((this.query().sort ?? '').startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => {
    const q = this.query();
    return !!(q.q || q.unitId || q.positionType || q.golongan || q.status || q.employmentType);
  });

  protected readonly showFilters = signal(false);
  protected readonly activeFilters = computed(() => {
    const q = this.query();
    return [q.unitId, q.positionType, q.golongan, q.status, q.employmentType].filter(Boolean).length;
  });

  constructor() {
    this.search.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((q) => this.patch({ q: q.trim() }));
  }

  protected toneOf(status: EmployeeStatus) {
    return STATUS_TONE[status];
  }

  protected patch(change: Partial<EmployeeListQuery>): void {
    const next = { ...this.query(), offset: 0, ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromQuery(next), replaceUrl: true });
  }

  protected sort(s: Sort): void {
    this.patch({ sort: s.direction ? `${s.direction === 'desc' ? '-' : ''}${s.active}` : 'name' });
  }

  protected paginate(e: PageEvent): void {
    this.patch({ limit: e.pageSize, offset: e.pageIndex * e.pageSize });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
  }

  protected create(): void {
    const data: EmployeeFormData = { employee: null, units: this.units() };
    this.dialog
      .open<EmployeeFormDialog, EmployeeFormData, EmployeeFormResult>(EmployeeFormDialog, { data, width: '760px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved || saved === 'reload') return;
        this.notifier.success(this.i18n.translate('employees.created', { name: saved.displayName }));
        void this.router.navigate(['/employees', saved.id]);
      });
  }
}
