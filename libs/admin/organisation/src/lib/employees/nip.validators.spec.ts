import { FormControl, FormGroup } from '@angular/forms';
import { nipValidator } from './nip.validators';

function group(nip: string, birthDate = '', gender = '', employmentType = 'PNS') {
  return new FormGroup({
    nip: new FormControl(nip, nipValidator),
    birthDate: new FormControl(birthDate),
    gender: new FormControl(gender),
    employmentType: new FormControl(employmentType),
  });
}

describe('nipValidator', () => {
  it('accepts a well-formed NIP', () => {
    const g = group('198609262015051001');
    g.controls.nip.updateValueAndValidity();
    expect(g.controls.nip.errors).toBeNull();
  });

  it('rejects wrong length with the shared message', () => {
    const g = group('12345');
    g.controls.nip.updateValueAndValidity();
    expect(g.controls.nip.getError('nip')).toContain('18 digit');
  });

  it('cross-checks birth date and gender', () => {
    const g = group('198609262015051001', '1986-09-27', 'P');
    g.controls.nip.updateValueAndValidity();
    const msg = g.controls.nip.getError('nip') as string;
    expect(msg).toContain('tanggal lahir');
    expect(msg).toContain('jenis kelamin');
  });

  it('accepts spaced input', () => {
    const g = group('19860926 201505 1 001', '1986-09-26', 'L');
    g.controls.nip.updateValueAndValidity();
    expect(g.controls.nip.errors).toBeNull();
  });
});
