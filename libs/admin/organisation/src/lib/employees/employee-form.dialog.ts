import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import { UnitOption } from '@kompeten/admin/ui';
import {
  Employee,
  EMPLOYEE_STATUSES,
  EmployeeStatus,
  EMPLOYMENT_TYPES,
  EmploymentType,
  Gender,
  ProblemDetails,
} from '@kompeten/shared/contract';
import { checkNip, GOLONGAN, golonganFits, golonganLabel } from '@kompeten/shared/domain';
import { catchError, merge, of } from 'rxjs';
import { EmployeesService } from '../data/employees.service';
import { PositionsService } from '../data/positions.service';
import { EmployeePicker, PickedEmployee } from './employee-picker';
import { nipValidator } from './nip.validators';

export interface EmployeeFormData {
  employee: Employee | null;
  units: UnitOption[];
}

export type EmployeeFormResult = Employee | 'reload';

/** Register an employee (NIP checked as typed) or edit one (optimistic lock on version). */
@Component({
  selector: 'kp-employee-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    EmployeePicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-form.dialog.html',
})
export class EmployeeFormDialog {
  private readonly employees = inject(EmployeesService);
  private readonly positionsApi = inject(PositionsService);
  private readonly ref = inject(MatDialogRef<EmployeeFormDialog, EmployeeFormResult>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<EmployeeFormData>(MAT_DIALOG_DATA);
  protected readonly e = this.data.employee;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly statuses = EMPLOYEE_STATUSES;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly conflict = signal<ProblemDetails | null>(null);
  protected readonly supervisor = signal<PickedEmployee | null>(
    this.e?.supervisorId ? { id: this.e.supervisorId, nip: '', displayName: this.e.supervisorName ?? '' } : null,
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    nip: [this.e?.nip ?? '', [Validators.required, nipValidator]],
    employmentType: [(this.e?.employmentType ?? 'PNS') as EmploymentType, Validators.required],
    status: [(this.e?.status ?? 'ACTIVE') as EmployeeStatus],
    frontTitle: [this.e?.frontTitle ?? ''],
    name: [this.e?.name ?? '', [Validators.required, Validators.maxLength(150)]],
    backTitle: [this.e?.backTitle ?? ''],
    gender: [(this.e?.gender ?? '') as Gender | '', Validators.required],
    birthDate: [this.e?.birthDate?.slice(0, 10) ?? '', Validators.required],
    birthPlace: [this.e?.birthPlace ?? ''],
    golongan: [this.e?.golongan ?? '', Validators.required],
    unitId: [this.e?.unitId ?? '', Validators.required],
    positionId: [this.e?.positionId ?? ''],
    email: [this.e?.email ?? '', Validators.email],
    phone: [this.e?.phone ?? '', Validators.pattern(/^[+\d][\d\s-]{5,19}$/)],
    effectiveFrom: [''],
    reason: [''],
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly golongan = computed(() => {
    const type = (this.value().employmentType ?? 'PNS') as EmploymentType;
    return GOLONGAN.filter((g) => golonganFits(g.code, type)).map((g) => ({ code: g.code, label: golonganLabel(g.code) }));
  });
  private readonly unitId = computed(() => this.value().unitId || undefined);
  protected readonly positions = rxResource({
    params: () => this.unitId(),
    stream: ({ params }) => this.positionsApi.list({ unitId: params, limit: 200, sort: 'name' }).pipe(catchError(() => of(null))),
  });
  protected readonly positionOptions = computed(() => (this.positions.hasValue() ? (this.positions.value()?.items ?? []) : []));
  /** A change of unit or position writes a history entry: ask for its date and reason. */
  protected readonly placementChanged = computed(
    () => !!this.e && (this.value().unitId !== this.e.unitId || (this.value().positionId || null) !== this.e.positionId),
  );

  constructor() {
    const f = this.form.controls;
    if (this.e) f.nip.disable();
    merge(f.employmentType.valueChanges, f.birthDate.valueChanges, f.gender.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => f.nip.updateValueAndValidity({ emitEvent: false }));
    f.employmentType.valueChanges.pipe(takeUntilDestroyed()).subscribe((t) => {
      if (f.golongan.value && !golonganFits(f.golongan.value, t)) f.golongan.setValue('');
    });
    f.unitId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => f.positionId.setValue(''));
    // Fill birth date and gender from a valid NIP when still empty.
    f.nip.valueChanges.pipe(takeUntilDestroyed()).subscribe((nip) => {
      const parts = checkNip(nip, { employmentType: f.employmentType.value }).parts;
      if (!parts) return;
      if (!f.birthDate.value) f.birthDate.setValue(parts.birthDate);
      if (!f.gender.value) f.gender.setValue(parts.gender);
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const opt = (s: string) => s.trim() || null;
    const common = {
      name: v.name.trim(),
      frontTitle: opt(v.frontTitle),
      backTitle: opt(v.backTitle),
      gender: v.gender as Gender,
      birthDate: v.birthDate,
      birthPlace: opt(v.birthPlace),
      golongan: v.golongan,
      employmentType: v.employmentType,
      status: v.status,
      unitId: v.unitId,
      positionId: v.positionId || null,
      supervisorId: this.supervisor()?.id ?? null,
      email: opt(v.email),
      phone: opt(v.phone),
    };
    const req = this.e
      ? this.employees.update(this.e.id, {
          ...common,
          version: this.e.version,
          ...(this.placementChanged() ? { effectiveFrom: v.effectiveFrom || undefined, reason: v.reason.trim() || undefined } : {}),
        })
      : this.employees.create({ ...common, nip: v.nip.replace(/[\s.-]/g, '') });
    this.busy.set(true);
    this.error.set(null);
    this.conflict.set(null);
    req.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (err: unknown) => {
        const p = problemOf(err);
        this.busy.set(false);
        if (p.code === 'VERSION_CONFLICT') {
          this.conflict.set(p);
          return;
        }
        const rest = applyFieldErrors(this.form, p.errors ?? []);
        this.error.set(rest.length || !p.errors?.length ? errorMessage(p, this.i18n) : null);
      },
    });
  }

  protected reload(): void {
    this.ref.close('reload');
  }
}
