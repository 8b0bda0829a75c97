import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import { JenjangPipe, PositionTypePipe, UnitOption } from '@kompeten/admin/ui';
import { FUNCTIONAL_LEVELS, FunctionalLevel, Position, POSITION_TYPES, PositionType } from '@kompeten/shared/contract';
import { isFunctional } from '@kompeten/shared/domain';
import { PositionsService } from '../data/positions.service';

export interface PositionFormData {
  position: Position | null;
  units: UnitOption[];
  unitId?: string | null;
}

/** Create or edit a jabatan: unit, code, name, jenis, jenjang (fungsional) and kelas jabatan 1–17. */
@Component({
  selector: 'kp-position-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    JenjangPipe,
    PositionTypePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './position-form.dialog.html',
})
export class PositionFormDialog {
  private readonly positions = inject(PositionsService);
  private readonly ref = inject(MatDialogRef<PositionFormDialog, Position>);
  private readonly i18n = inject(TranslocoService);
  protected readonly data = inject<PositionFormData>(MAT_DIALOG_DATA);
  protected readonly types = POSITION_TYPES;
  protected readonly grades = Array.from({ length: 17 }, (_, i) => i + 1);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly p = this.data.position;
  protected readonly form = inject(NonNullableFormBuilder).group({
    unitId: [this.p?.unitId ?? this.data.unitId ?? '', Validators.required],
    code: [this.p?.code ?? '', [Validators.required, Validators.maxLength(40)]],
    name: [this.p?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    type: [(this.p?.type ?? 'PELAKSANA') as PositionType, Validators.required],
    functionalLevel: [(this.p?.functionalLevel ?? null) as FunctionalLevel | null],
    grade: [this.p?.grade ?? 7, [Validators.required, Validators.min(1), Validators.max(17)]],
  });
  private readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: this.form.controls.type.value });
  protected readonly functional = computed(() => isFunctional(this.type()));
  protected readonly levels = computed<readonly FunctionalLevel[]>(() => {
    const t = this.type();
    return t === 'FUNGSIONAL_KEAHLIAN' || t === 'FUNGSIONAL_KETERAMPILAN' ? FUNCTIONAL_LEVELS[t] : [];
  });

  constructor() {
    this.form.controls.type.valueChanges.subscribe((t) => {
      const lvl = this.form.controls.functionalLevel;
      if (!isFunctional(t)) lvl.setValue(null);
      else if (lvl.value && !(this.levels() as readonly string[]).includes(lvl.value)) lvl.setValue(null);
      lvl.setValidators(isFunctional(t) ? Validators.required : null);
      lvl.updateValueAndValidity();
    });
    if (isFunctional(this.form.controls.type.value)) this.form.controls.functionalLevel.setValidators(Validators.required);
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body = { ...v, code: v.code.trim(), name: v.name.trim(), functionalLevel: isFunctional(v.type) ? v.functionalLevel : null };
    const req = this.p ? this.positions.update(this.p.id, { ...body, version: this.p.version }) : this.positions.create(body);
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
