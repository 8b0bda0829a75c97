import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { checkNip } from '@kompeten/shared/domain';

/**
 * NIP checked with the shared rules, cross-checked with the birth date, gender and employment
 * type in the same form group. The error carries checkNip's Indonesian message.
 */
export const nipValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null => {
  const raw = String(c.value ?? '');
  if (!raw) return null;
  const parent = c.parent;
  const employmentType = parent?.get('employmentType')?.value || undefined;
  const birthDate = parent?.get('birthDate')?.value || undefined;
  const gender = parent?.get('gender')?.value || undefined;
  const check = checkNip(raw, { employmentType, birthDate, gender });
  return check.valid ? null : { nip: check.message ?? 'NIP tidak valid' };
};
