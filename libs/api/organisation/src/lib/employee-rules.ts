import type { EmploymentType, FieldError, Gender } from '@kompeten/shared/contract';
import { checkNip, golonganFits } from '@kompeten/shared/domain';

export interface NipFields {
  nip: string;
  birthDate: string;
  gender: Gender;
  employmentType: EmploymentType;
  golongan: string;
}

/** The rules that tie NIP, birth date, gender, employment type and golongan together (API and import). */
export function employeeFieldProblems(f: NipFields): FieldError[] {
  const errors: FieldError[] = [];
  const nip = checkNip(f.nip, { employmentType: f.employmentType, birthDate: f.birthDate, gender: f.gender });
  if (!nip.valid) errors.push({ field: 'nip', message: nip.message ?? 'NIP tidak valid' });
  if (!golonganFits(f.golongan, f.employmentType)) {
    errors.push({
      field: 'golongan',
      message: `golongan ${f.golongan} tidak sesuai untuk ${f.employmentType} (PNS/CPNS: I/a–IV/e, PPPK: I–XVII)`,
    });
  }
  return errors;
}
