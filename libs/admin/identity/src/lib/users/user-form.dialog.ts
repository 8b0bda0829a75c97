import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import { EmployeePicker, PickedEmployee, UnitsService } from '@kompeten/admin/organisation';
import { unitOptions } from '@kompeten/admin/ui';
import { Role, ROLES, UserSummary } from '@kompeten/shared/contract';
import { catchError, of } from 'rxjs';
import { strongPassword } from '../change-password/password-rules';
import { UsersService } from './users.service';

export interface UserFormData {
  user: UserSummary | null;
}

/** Create a user (roles, HR scopes, linked employee, initial password) or edit roles and status. */
@Component({
  selector: 'kp-user-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    EmployeePicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form.dialog.html',
})
export class UserFormDialog {
  private readonly users = inject(UsersService);
  private readonly ref = inject(MatDialogRef<UserFormDialog, UserSummary>);
  private readonly i18n = inject(TranslocoService);
  protected readonly user = inject<UserFormData>(MAT_DIALOG_DATA).user;
  protected readonly roles = ROLES;
  protected readonly units = toSignal(inject(UnitsService).tree().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly unitOptions = computed(() => unitOptions(this.units()));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly linked = signal<PickedEmployee | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [this.user?.username ?? '', [Validators.required, Validators.maxLength(64)]],
    displayName: [this.user?.displayName ?? ''],
    roles: [this.user?.roles ?? (['EMPLOYEE'] as Role[]), Validators.required],
    scopeUnitIds: [this.user?.scopeUnitIds ?? ([] as string[])],
    active: [this.user?.active ?? true],
    password: ['', this.user ? [] : [Validators.required, strongPassword]],
  });
  private readonly roleValue = toSignal(this.form.controls.roles.valueChanges, { initialValue: this.form.controls.roles.value });
  protected readonly isHr = computed(() => this.roleValue().includes('HR_OFFICER'));

  constructor() {
    if (this.user) this.form.controls.username.disable();
  }

  protected link(e: PickedEmployee | null): void {
    this.linked.set(e);
    const f = this.form.controls;
    if (e && !f.username.value) f.username.setValue(e.nip);
    if (e && !f.displayName.value) f.displayName.setValue(e.displayName);
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const scopeUnitIds = v.roles.includes('HR_OFFICER') ? v.scopeUnitIds : [];
    const request = this.user
      ? this.users.update(this.user.id, { displayName: v.displayName || undefined, roles: v.roles, scopeUnitIds, active: v.active })
      : this.users.create({
          username: v.username.trim(),
          displayName: v.displayName.trim() || undefined,
          roles: v.roles,
          scopeUnitIds,
          employeeId: this.linked()?.id,
          password: v.password,
        });
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (u) => this.ref.close(u),
      error: (err: unknown) => {
        const p = problemOf(err);
        const rest = applyFieldErrors(this.form, p.errors ?? []);
        this.error.set(rest.length || !p.errors?.length ? errorMessage(p, this.i18n) : null);
        this.busy.set(false);
      },
    });
  }
}
