import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Same rule as the API: at least 10 characters with letters and digits. */
export const strongPassword: ValidatorFn = (c: AbstractControl): ValidationErrors | null => {
  const v = String(c.value ?? '');
  if (!v) return null;
  if (v.length < 10) return { minChars: true };
  if (!/[A-Za-z]/.test(v) || !/\d/.test(v)) return { lettersDigits: true };
  return null;
};

/** Group validator: `newPassword` and `confirm` are equal. */
export const passwordsMatch: ValidatorFn = (g: AbstractControl): ValidationErrors | null => {
  const a = g.get('newPassword')?.value;
  const b = g.get('confirm')?.value;
  return a && b && a !== b ? { mismatch: true } : null;
};
