import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import { subtreeCounts, subtreeIds, unitOptions } from '@kompeten/admin/ui';
import type { Unit, UnitTreeNode } from '@kompeten/shared/contract';
import { UnitsService } from '../data/units.service';

export interface UnitMoveData {
  unit: UnitTreeNode;
  roots: UnitTreeNode[];
}

/** Choose a new parent; the whole subtree (units, positions, employees) moves with the unit. */
@Component({
  selector: 'kp-unit-move-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'units.moveTitle' | transloco: { name: data.unit.name } }}</h2>
    <mat-dialog-content>
      <form id="move-form" [formGroup]="form" (ngSubmit)="submit()" novalidate class="kp-stack">
        <div class="kp-alert kp-alert--info">
          <mat-icon svgIcon="info" />
          <span>{{ 'units.moveExplain' | transloco: { units: subtreeSize() - 1, employees: employeeCount() } }}</span>
        </div>
        @if (error()) {
          <div class="kp-alert kp-alert--error" role="alert"><mat-icon svgIcon="error" />{{ error() }}</div>
        }
        <div>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'units.newParent' | transloco }}</mat-label>
            <mat-select formControlName="newParentId" required>
              @for (o of candidates(); track o.id) {
                <mat-option [value]="o.id" [style.padding-left.px]="16 + o.level * 16">{{ o.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ 'validation.required' | transloco }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'units.moveReason' | transloco }}</mat-label>
            <textarea matInput formControlName="reason" rows="2" [placeholder]="'units.moveReasonHint' | transloco"></textarea>
          </mat-form-field>
        </div>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="move-form" [disabled]="busy()">{{ 'units.move' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class UnitMoveDialog {
  private readonly units = inject(UnitsService);
  private readonly ref = inject(MatDialogRef<UnitMoveDialog, Unit>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<UnitMoveData>(MAT_DIALOG_DATA);
  private readonly excluded = subtreeIds(this.data.unit);
  protected readonly subtreeSize = computed(() => this.excluded.size);
  protected readonly employeeCount = computed(() => subtreeCounts([this.data.unit]).get(this.data.unit.id) ?? 0);
  protected readonly candidates = computed(() =>
    unitOptions(this.data.roots).filter((o) => !this.excluded.has(o.id) && o.id !== this.data.unit.parentId),
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newParentId: ['', Validators.required],
    reason: [''],
  });

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.units.move(this.data.unit.id, { newParentId: v.newParentId, reason: v.reason.trim() || undefined }).subscribe({
      next: (u) => this.ref.close(u),
      error: (err: unknown) => {
        this.error.set(errorMessage(problemOf(err), this.i18n));
        this.busy.set(false);
      },
    });
  }
}
