import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import { FrameworkRow, FrameworksService } from '../data/frameworks.service';
import { CODE_PATTERN } from '../shared/codes';

export interface FrameworkFormData {
  /** Null: create a new draft framework. */
  framework: FrameworkRow | null;
}

/** Create a draft kamus (code, name, description) or rename a draft. */
@Component({
  selector: 'kp-framework-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.framework ? 'frameworks.editTitle' : 'frameworks.createTitle') | transloco }}</h2>
    <mat-dialog-content>
      <form id="framework-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert" style="margin-bottom: 16px"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        @if (!data.framework) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'frameworks.code' | transloco }}</mat-label>
            <input matInput formControlName="code" required spellcheck="false" />
            <mat-hint>{{ 'frameworks.codeHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.code.getError('server') ?? ('frameworks.codeHint' | transloco) }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'frameworks.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required />
          <mat-error>{{ form.controls.name.getError('server') ?? ('validation.minLength' | transloco: { n: 3 }) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'frameworks.description' | transloco }}</mat-label>
          <textarea matInput formControlName="description" rows="4"></textarea>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="framework-form" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class FrameworkFormDialog {
  private readonly api = inject(FrameworksService);
  private readonly ref = inject(MatDialogRef<FrameworkFormDialog, FrameworkRow>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<FrameworkFormData>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly f = this.data.framework;
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [this.f?.code ?? '', this.f ? [] : [Validators.required, Validators.pattern(CODE_PATTERN)]],
    name: [this.f?.name ?? '', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    description: [this.f?.description ?? '', [Validators.maxLength(4000)]],
  });

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const description = v.description.trim() || undefined;
    const req = this.f
      ? this.api.update(this.f.id, { name: v.name.trim(), description, rowVersion: this.f.rowVersion ?? 1 })
      : this.api.create({ code: v.code.trim(), name: v.name.trim(), description });
    this.busy.set(true);
    this.error.set(null);
    req.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (err: unknown) => {
        const prob = problemOf(err);
        const rest = applyFieldErrors(this.form, prob.errors ?? []);
        this.error.set(rest.length || !prob.errors?.length ? errorMessage(prob, this.i18n) : null);
        this.busy.set(false);
      },
    });
  }
}
