import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import type { Assessment } from '@kompeten/shared/contract';
import { AssessmentsService } from '../data/assessments.service';

export interface VoidAssessmentData {
  assessment: Assessment;
  label: string;
}

/** Void one assessment with a reason; the entry stays in the history, marked void. */
@Component({
  selector: 'kp-void-assessment-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'profile.voidTitle' | transloco }}</h2>
    <mat-dialog-content>
      <form id="void-form" (ngSubmit)="submit()" novalidate>
        <p style="margin-bottom: 16px">{{ 'profile.voidMessage' | transloco: { what: data.label } }}</p>
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert" style="margin-bottom: 16px"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'profile.voidReason' | transloco }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" required cdkFocusInitial></textarea>
          <mat-error>{{ 'validation.minLength' | transloco: { n: 5 } }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button class="kp-danger" type="submit" form="void-form" [disabled]="busy()">{{ 'profile.void' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class VoidAssessmentDialog {
  private readonly api = inject(AssessmentsService);
  private readonly ref = inject(MatDialogRef<VoidAssessmentDialog, Assessment>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<VoidAssessmentData>(MAT_DIALOG_DATA);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(5), Validators.maxLength(1000)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.reason.invalid || this.busy()) {
      this.reason.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.void(this.data.assessment.id, this.reason.value.trim()).subscribe({
      next: (a) => this.ref.close(a),
      error: (err: unknown) => {
        this.error.set(errorMessage(problemOf(err), this.i18n));
        this.busy.set(false);
      },
    });
  }
}
