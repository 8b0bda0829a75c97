import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import type { UserSummary } from '@kompeten/shared/contract';
import { strongPassword } from '../change-password/password-rules';
import { UsersService } from './users.service';

/** Sets a temporary password; the user must change it at next sign-in. */
@Component({
  selector: 'kp-reset-password-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.resetTitle' | transloco }}</h2>
    <mat-dialog-content>
      <form id="reset-form" [formGroup]="form" (ngSubmit)="submit()" novalidate class="kp-stack">
        <p>{{ 'users.resetIntro' | transloco: { name: user.displayName } }}</p>
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.newPassword' | transloco }}</mat-label>
          <input matInput formControlName="newPassword" autocomplete="new-password" spellcheck="false" required />
          <button mat-button matSuffix type="button" (click)="generate()">{{ 'users.generate' | transloco }}</button>
          <mat-hint>{{ 'changePassword.rule' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.newPassword.getError('server') ?? ('changePassword.rule' | transloco) }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="reset-form" [disabled]="busy()">{{ 'users.reset' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class ResetPasswordDialog {
  private readonly users = inject(UsersService);
  private readonly ref = inject(MatDialogRef<ResetPasswordDialog, boolean>);
  private readonly i18n = inject(TranslocoService);
  protected readonly user = inject<UserSummary>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, strongPassword]],
  });

  protected generate(): void {
    const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
    const digits = '23456789';
    const pick = (set: string, n: number) =>
      Array.from(crypto.getRandomValues(new Uint32Array(n)), (x) => set[x % set.length]).join('');
    this.form.controls.newPassword.setValue(`${pick(letters, 8)}${pick(digits, 4)}`);
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.users.resetPassword(this.user.id, this.form.getRawValue().newPassword).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        const p = problemOf(err);
        const rest = applyFieldErrors(this.form, p.errors ?? []);
        this.error.set(rest.length || !p.errors?.length ? errorMessage(p, this.i18n) : null);
        this.busy.set(false);
      },
    });
  }
}
