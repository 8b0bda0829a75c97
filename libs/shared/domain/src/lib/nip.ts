/**
 * NIP (Nomor Induk Pegawai), 18 digits: YYYYMMDD (birth date) YYYYMM (TMT CPNS) G (1 = male,
 * 2 = female) NNN (sequence 001–999). Perka BKN 22/2007; see docs/domain.md.
 * PPPK numbers (NI PPPK) share the birth-date prefix, gender digit and sequence, but their middle
 * digits are not a TMT month, so that rule is not enforced for them.
 */
export type NipProblem =
  | 'FORMAT'
  | 'BIRTH_DATE'
  | 'TMT_MONTH'
  | 'TMT_TOO_EARLY'
  | 'GENDER_DIGIT'
  | 'SEQUENCE'
  | 'BIRTH_DATE_MISMATCH'
  | 'GENDER_MISMATCH';

export interface NipParts {
  birthDate: string; // YYYY-MM-DD
  tmtYear: number;
  tmtMonth: number;
  gender: 'L' | 'P';
  sequence: number;
}

export interface NipCheck {
  valid: boolean;
  problems: NipProblem[];
  /** Bahasa Indonesia message naming what is wrong, for the UI and problem+json. */
  message: string | null;
  parts: NipParts | null;
}

const MESSAGES: Record<NipProblem, string> = {
  FORMAT: 'NIP harus 18 digit angka',
  BIRTH_DATE: 'digit 1–8 NIP bukan tanggal lahir yang valid (YYYYMMDD)',
  TMT_MONTH: 'digit 13–14 NIP (bulan TMT CPNS) harus 01–12',
  TMT_TOO_EARLY: 'TMT CPNS pada digit 9–14 NIP lebih awal dari usia 18 tahun',
  GENDER_DIGIT: 'digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)',
  SEQUENCE: 'digit 16–18 NIP (nomor urut) harus 001–999',
  BIRTH_DATE_MISMATCH: 'tanggal lahir tidak sama dengan digit 1–8 NIP',
  GENDER_MISMATCH: 'jenis kelamin tidak sama dengan digit 15 NIP',
};

export function nipProblemMessage(p: NipProblem): string {
  return MESSAGES[p];
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Strips spaces, dots and dashes people type for readability ("19860926 201505 1 001"). */
export function normaliseNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

export function checkNip(
  raw: string,
  opts: { employmentType?: 'PNS' | 'CPNS' | 'PPPK'; birthDate?: string; gender?: 'L' | 'P' } = {},
): NipCheck {
  const nip = normaliseNip(raw ?? '');
  const problems: NipProblem[] = [];
  if (!/^\d{18}$/.test(nip)) {
    return { valid: false, problems: ['FORMAT'], message: MESSAGES.FORMAT, parts: null };
  }
  const y = +nip.slice(0, 4), m = +nip.slice(4, 6), d = +nip.slice(6, 8);
  const tmtYear = +nip.slice(8, 12), tmtMonth = +nip.slice(12, 14);
  const g = nip[14];
  const seq = +nip.slice(15, 18);
  if (!isRealDate(y, m, d)) problems.push('BIRTH_DATE');
  const pppk = opts.employmentType === 'PPPK';
  if (!pppk) {
    if (tmtMonth < 1 || tmtMonth > 12) problems.push('TMT_MONTH');
    else if (isRealDate(y, m, d) && tmtYear * 12 + tmtMonth < (y + 18) * 12 + m) problems.push('TMT_TOO_EARLY');
  }
  if (g !== '1' && g !== '2') problems.push('GENDER_DIGIT');
  if (seq < 1) problems.push('SEQUENCE');
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const gender = g === '2' ? 'P' : 'L';
  if (opts.birthDate && !problems.includes('BIRTH_DATE') && opts.birthDate.slice(0, 10) !== birthDate) {
    problems.push('BIRTH_DATE_MISMATCH');
  }
  if (opts.gender && !problems.includes('GENDER_DIGIT') && opts.gender !== gender) problems.push('GENDER_MISMATCH');
  const valid = problems.length === 0;
  return {
    valid,
    problems,
    message: valid ? null : problems.map((p) => MESSAGES[p]).join('; '),
    parts: valid || !problems.some((p) => p === 'BIRTH_DATE' || p === 'GENDER_DIGIT')
      ? { birthDate, tmtYear, tmtMonth, gender, sequence: seq }
      : null,
  };
}

/** Masks a NIP/NIK for logs and mail: keeps the first 4 and last 3 digits. */
export function maskIdentifier(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 7) + value.slice(-3);
}

/** Formats a NIP with the conventional grouping for display: 19860926 201505 1 001. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}
