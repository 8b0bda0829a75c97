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
import { Unit, UNIT_KINDS, UnitKind } from '@kompeten/shared/contract';
import { UnitsService } from '../data/units.service';

export interface UnitFormData {
  /** Rename this unit… */
  unit?: Unit;
  /** …or create a child of this one (null: a root unit). */
  parent?: Unit | null;
}

@Component({
  selector: 'kp-unit-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.unit ? 'units.renameTitle' : 'units.createTitle') | transloco }}</h2>
    <mat-dialog-content>
      <form id="unit-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (!data.unit) {
          <p class="kp-muted" style="margin-bottom: 16px">
            @if (data.parent) {
              {{ 'units.createUnder' | transloco: { parent: data.parent.name } }}
            } @else {
              {{ 'units.createRoot' | transloco }}
            }
          </p>
        }
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert" style="margin-bottom: 16px"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'units.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required />
          <mat-error>{{ form.controls.name.getError('server') ?? ('validation.required' | transloco) }}</mat-error>
        </mat-form-field>
        <div class="kp-grid-2">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'units.code' | transloco }}</mat-label>
            <input matInput formControlName="code" required spellcheck="false" />
            <mat-error>{{ form.controls.code.getError('server') ?? ('validation.required' | transloco) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'units.kind' | transloco }}</mat-label>
            <mat-select formControlName="kind" required>
              @for (k of kinds; track k) {
                <mat-option [value]="k">{{ 'unitKinds.' + k | transloco }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.kind.getError('server') ?? ('validation.required' | transloco) }}</mat-error>
          </mat-form-field>
        </div>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="unit-form" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class UnitFormDialog {
  private readonly units = inject(UnitsService);
  private readonly ref = inject(MatDialogRef<UnitFormDialog, Unit>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<UnitFormData>(MAT_DIALOG_DATA);
  protected readonly kinds = UNIT_KINDS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.unit?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    code: [this.data.unit?.code ?? '', [Validators.required, Validators.maxLength(40)]],
    kind: [(this.data.unit?.kind ?? 'bidang') as UnitKind, Validators.required],
  });

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body = { name: v.name.trim(), code: v.code.trim(), kind: v.kind };
    const unit = this.data.unit;
    const req = unit
      ? this.units.update(unit.id, { ...body, version: unit.version })
      : this.units.create({ ...body, parentId: this.data.parent?.id ?? null });
    this.busy.set(true);
    this.error.set(null);
    req.subscribe({
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
