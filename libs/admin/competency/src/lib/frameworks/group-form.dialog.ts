import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import { COMPETENCY_KINDS, CompetencyGroup, CompetencyKind } from '@kompeten/shared/contract';
import { FrameworksService } from '../data/frameworks.service';
import { CODE_PATTERN } from '../shared/codes';

export interface GroupFormData {
  frameworkId: string;
  parents: { id: string; name: string; code: string; level: number }[];
  parentId: string | null;
}

/** Add a competency group (kelompok) to a draft kamus. */
@Component({
  selector: 'kp-group-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'frameworks.addGroup' | transloco }}</h2>
    <mat-dialog-content>
      <form id="group-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert" style="margin-bottom: 16px"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        <div class="kp-grid-2">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'frameworks.code' | transloco }}</mat-label>
            <input matInput formControlName="code" required spellcheck="false" />
            <mat-error>{{ form.controls.code.getError('server') ?? ('frameworks.codeHint' | transloco) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'frameworks.kind' | transloco }}</mat-label>
            <mat-select formControlName="kind" required>
              @for (k of kinds; track k) {
                <mat-option [value]="k">{{ 'competencyKind.' + k | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'frameworks.groupName' | transloco }}</mat-label>
          <input matInput formControlName="name" required />
          <mat-error>{{ form.controls.name.getError('server') ?? ('validation.required' | transloco) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'frameworks.parentGroup' | transloco }}</mat-label>
          <mat-select formControlName="parentId">
            <mat-option value="">{{ 'frameworks.noParent' | transloco }}</mat-option>
            @for (p of data.parents; track p.id) {
              <mat-option [value]="p.id" [style.padding-left.px]="16 + p.level * 16">{{ p.code }} · {{ p.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="group-form" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class GroupFormDialog {
  private readonly api = inject(FrameworksService);
  private readonly ref = inject(MatDialogRef<GroupFormDialog, CompetencyGroup>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<GroupFormData>(MAT_DIALOG_DATA);
  protected readonly kinds = COMPETENCY_KINDS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(CODE_PATTERN)]],
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    kind: ['TEKNIS' as CompetencyKind, Validators.required],
    parentId: [this.data.parentId ?? ''],
  });

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.api.addGroup(this.data.frameworkId, { code: v.code.trim(), name: v.name.trim(), kind: v.kind, parentId: v.parentId || undefined }).subscribe({
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
