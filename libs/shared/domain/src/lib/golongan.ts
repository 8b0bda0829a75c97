/** Golongan/ruang and pangkat of PNS (domain-asn.md §5.4); PPPK use golongan I–XVII without pangkat. */
export interface Golongan {
  code: string;
  pangkat: string | null;
  /** Ordinal for ranges and sorting: PNS 11–45, PPPK 101–117. */
  rank: number;
  forPppk: boolean;
}

const PNS: [string, string][] = [
  ['I/a', 'Juru Muda'], ['I/b', 'Juru Muda Tingkat I'], ['I/c', 'Juru'], ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'], ['II/b', 'Pengatur Muda Tingkat I'], ['II/c', 'Pengatur'], ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'], ['III/b', 'Penata Muda Tingkat I'], ['III/c', 'Penata'], ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'], ['IV/b', 'Pembina Tingkat I'], ['IV/c', 'Pembina Utama Muda'], ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

export const GOLONGAN: readonly Golongan[] = [
  ...PNS.map(([code, pangkat]) => {
    const [g, r] = code.split('/');
    return { code, pangkat, rank: (ROMAN.indexOf(g) + 1) * 10 + (r.charCodeAt(0) - 96), forPppk: false };
  }),
  ...ROMAN.map((code, i) => ({ code, pangkat: null, rank: 101 + i, forPppk: true })),
];

const BY_CODE = new Map(GOLONGAN.map((g) => [g.code, g]));

export function findGolongan(code: string): Golongan | undefined {
  return BY_CODE.get(code);
}

/** Whether a golongan fits the employment type: PNS/CPNS use I/a–IV/e, PPPK use I–XVII. */
export function golonganFits(code: string, employmentType: 'PNS' | 'CPNS' | 'PPPK'): boolean {
  const g = BY_CODE.get(code);
  return !!g && g.forPppk === (employmentType === 'PPPK');
}

/** "Penata Muda Tingkat I (III/b)" or "Golongan IX" for PPPK. */
export function golonganLabel(code: string): string {
  const g = BY_CODE.get(code);
  if (!g) return code;
  return g.pangkat ? `${g.pangkat} (${g.code})` : `Golongan ${g.code}`;
}
