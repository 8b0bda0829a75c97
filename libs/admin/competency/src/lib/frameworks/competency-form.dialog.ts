import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyFieldErrors, errorMessage, problemOf } from '@kompeten/admin/core';
import type { Competency } from '@kompeten/shared/contract';
import { CompetenciesService } from '../data/competencies.service';
import { CompetencyBody, FrameworksService } from '../data/frameworks.service';
import { CODE_PATTERN } from '../shared/codes';

export interface CompetencyFormData {
  frameworkId: string;
  competency: Competency | null;
  groupId: string | null;
  groups: { id: string; name: string; code: string; level: number }[];
}

type LevelForm = FormGroup<{
  level: FormControl<number>;
  defined: FormControl<boolean>;
  title: FormControl<string>;
  description: FormControl<string>;
  indicators: FormArray<FormControl<string>>;
}>;

/** Add or change a competency with all five levels: title, description and behavioural indicators. */
@Component({
  selector: 'kp-competency-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './competency-form.dialog.html',
  styles: `
    .kp-lvl { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 12px 16px 4px; margin: 0 0 16px; }
    .kp-lvl--off { background: var(--mat-sys-surface-container); }
    .kp-lvl legend { font: var(--mat-sys-title-small); padding: 0 4px; }
    .kp-ind { display: flex; align-items: flex-start; gap: 4px; }
    .kp-ind mat-form-field { flex: 1; }
  `,
})
export class CompetencyFormDialog {
  private readonly frameworks = inject(FrameworksService);
  private readonly competencies = inject(CompetenciesService);
  private readonly ref = inject(MatDialogRef<CompetencyFormDialog, Competency>);
  private readonly i18n = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<CompetencyFormData>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly c = this.data.competency;
  protected readonly form = this.fb.group({
    groupId: [this.data.groupId ?? '', Validators.required],
    code: [this.c?.code ?? '', [Validators.required, Validators.pattern(CODE_PATTERN)]],
    name: [this.c?.name ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    definition: [this.c?.definition ?? '', [Validators.required, Validators.minLength(5), Validators.maxLength(4000)]],
    levels: this.fb.array<LevelForm>([1, 2, 3, 4, 5].map((n) => this.levelForm(n))),
  });

  constructor() {
    this.form.controls.levels.controls.forEach((g) => {
      this.applyDefined(g, g.controls.defined.value);
      g.controls.defined.valueChanges.subscribe((on) => this.applyDefined(g, on));
    });
  }

  protected addIndicator(level: LevelForm): void {
    level.controls.indicators.push(this.fb.control('', Validators.maxLength(1000)));
  }

  protected removeIndicator(level: LevelForm, index: number): void {
    level.controls.indicators.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body: CompetencyBody = {
      groupId: v.groupId,
      code: v.code.trim(),
      name: v.name.trim(),
      definition: v.definition.trim(),
      levels: v.levels.map((l) => ({
        level: l.level,
        defined: l.defined,
        title: l.defined ? l.title.trim() : '',
        description: l.defined ? l.description.trim() : '',
        indicators: l.defined ? l.indicators.map((i) => i.trim()).filter(Boolean) : [],
      })),
    };
    const req = this.c ? this.competencies.update(this.c.id, body) : this.frameworks.addCompetency(this.data.frameworkId, body);
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

  private levelForm(n: number): LevelForm {
    const existing = this.c?.levels.find((l) => l.level === n);
    const defined = existing ? existing.defined : true;
    const indicators = existing?.indicators.length ? existing.indicators : [''];
    return this.fb.group({
      level: this.fb.control(n),
      defined: this.fb.control(defined),
      title: this.fb.control(existing?.title ?? '', Validators.maxLength(300)),
      description: this.fb.control(existing?.description ?? '', Validators.maxLength(4000)),
      indicators: this.fb.array(indicators.map((i) => this.fb.control(i, Validators.maxLength(1000)))),
    });
  }

  /** A defined level needs a title; an undefined one keeps its text but is not validated. */
  private applyDefined(g: LevelForm, on: boolean): void {
    g.controls.title.setValidators(on ? [Validators.required, Validators.maxLength(300)] : null);
    g.controls.title.updateValueAndValidity({ emitEvent: false });
  }
}
