import { checkNip, formatNip, maskIdentifier, normaliseNip } from './nip';

describe('checkNip', () => {
  it('accepts the canonical example from BKN guidance', () => {
    const r = checkNip('198609262015051001');
    expect(r.valid).toBe(true);
    expect(r.parts).toEqual({ birthDate: '1986-09-26', tmtYear: 2015, tmtMonth: 5, gender: 'L', sequence: 1 });
  });
  it('accepts spaced input', () => {
    expect(checkNip('19860926 201505 1 001').valid).toBe(true);
    expect(normaliseNip('19860926 201505 1 001')).toBe('198609262015051001');
  });
  it.each([
    ['12345', 'FORMAT'],
    ['19860926201505100A', 'FORMAT'],
    ['198602302015051001', 'BIRTH_DATE'],
    ['198609262015131001', 'TMT_MONTH'],
    ['198609262000051001', 'TMT_TOO_EARLY'],
    ['198609262015053001', 'GENDER_DIGIT'],
    ['198609262015051000', 'SEQUENCE'],
  ])('rejects %s with %s', (nip, problem) => {
    const r = checkNip(nip);
    expect(r.valid).toBe(false);
    expect(r.problems).toContain(problem);
    expect(r.message).toBeTruthy();
  });
  it('checks birth date and gender against the record', () => {
    expect(checkNip('198609262015051001', { birthDate: '1986-09-27' }).problems).toEqual(['BIRTH_DATE_MISMATCH']);
    expect(checkNip('198609262015051001', { gender: 'P' }).problems).toEqual(['GENDER_MISMATCH']);
    expect(checkNip('198609262015052001', { gender: 'P', birthDate: '1986-09-26' }).valid).toBe(true);
  });
  it('does not apply the TMT month rule to PPPK numbers', () => {
    expect(checkNip('199001012023211001').valid).toBe(false);
    expect(checkNip('199001012023211001', { employmentType: 'PPPK' }).valid).toBe(true);
  });
  it('leap day is a real date only in leap years', () => {
    expect(checkNip('198802292010011001').valid).toBe(true);
    expect(checkNip('198702292010011001').problems).toContain('BIRTH_DATE');
  });
});

describe('formatting', () => {
  it('groups and masks', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(maskIdentifier('198609262015051001')).toBe('1986***********001');
  });
});
