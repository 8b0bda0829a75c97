import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, AuthService, errorMessage, LanguageSwitch, Notifier, problemOf } from '@kompeten/admin/core';
import { switchMap } from 'rxjs';
import { passwordsMatch, strongPassword } from './password-rules';

@Component({
  selector: 'kp-change-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, RouterLink, TranslocoPipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password.page.html',
  styles: `
    :host { display: grid; place-items: start center; min-height: 100dvh; padding: 48px 16px; background: var(--mat-sys-surface-container-low); }
    .kp-cp { width: 100%; max-width: 440px; }
    .kp-cp__top { display: flex; justify-content: space-between; align-items: center; margin-bottom: 16px; }
    form { display: flex; flex-direction: column; gap: 8px; }
    .kp-cp__actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
  `,
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  protected readonly forced = computed(() => !!this.auth.user()?.mustChangePassword);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, strongPassword]],
      confirm: ['', Validators.required],
    },
    { validators: passwordsMatch },
  );

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .changePassword({ currentPassword, newPassword })
      .pipe(switchMap(() => this.auth.reloadUser()))
      .subscribe({
        next: () => {
          this.notifier.success(this.i18n.translate('changePassword.done'));
          void this.router.navigateByUrl('/');
        },
        error: (err: unknown) => {
          const p = problemOf(err);
          const rest = applyFieldErrors(this.form, p.errors ?? []);
          this.error.set(rest.length || !p.errors?.length ? errorMessage(p, this.i18n) : null);
          this.busy.set(false);
        },
      });
  }

  protected logout(): void {
    this.auth.logout();
  }
}
