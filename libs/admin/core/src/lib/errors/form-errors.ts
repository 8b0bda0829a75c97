import { AbstractControl, FormGroup } from '@angular/forms';
import type { FieldError } from '@kompeten/shared/contract';

/**
 * Puts server-side field errors onto the matching controls as `{ server: message }`, so
 * `<mat-error>` shows them beside the field. Returns the errors no control matched.
 */
export function applyFieldErrors(form: FormGroup, errors: FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const e of errors) {
    const control = findControl(form, e.field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: e.message });
      control.markAsTouched();
    } else {
      unmatched.push(e);
    }
  }
  return unmatched;
}

function findControl(form: FormGroup, field: string): AbstractControl | null {
  return form.get(field) ?? form.get(field.split('.')[0]) ?? null;
}
