import type { FunctionalLevel, Gender, Role } from '@kompeten/shared/contract';

export const DEMO_PASSWORD = 'Kompeten#2026';

/** People behind the demo logins: fixed identities, so their NIPs (= usernames) never change between runs. */
export interface DemoPerson {
  key: 'HR_BKD' | 'HR_DINKES' | 'SUPERVISOR' | 'EMPLOYEE' | 'TRAINER' | 'ASSESSOR';
  roles: Role[];
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  gender: Gender;
  birthPlace: string;
  golongan: string;
  unitCode: string;
  /** `head` = takes over the head position of the unit; otherwise a jabatan fungsional in it. */
  job: 'head' | { name: string; level: FunctionalLevel };
  /** HR scope: unit codes whose subtrees he administers; `*` = every OPD. */
  scope?: string[] | '*';
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'HR_BKD', roles: ['HR_OFFICER'], nip: '198503122010012003', name: 'Dewi Kartika Sari', frontTitle: null, backTitle: 'S.Psi., M.Si.',
    gender: 'P', birthPlace: 'Bandung', golongan: 'III/d', unitCode: 'BKD.B1', job: { name: 'Analis SDM Aparatur', level: 'AHLI_MUDA' }, scope: '*',
  },
  {
    key: 'HR_DINKES', roles: ['HR_OFFICER'], nip: '198207152009031004', name: 'Rudi Hartono', frontTitle: null, backTitle: 'S.K.M.',
    gender: 'L', birthPlace: 'Semarang', golongan: 'III/c', unitCode: 'DINKES.SEK.1', job: { name: 'Analis SDM Aparatur', level: 'AHLI_PERTAMA' }, scope: ['DINKES'],
  },
  {
    key: 'SUPERVISOR', roles: ['SUPERVISOR', 'EMPLOYEE'], nip: '197604182002121001', name: 'Bambang Sutrisno', frontTitle: 'Ir.', backTitle: 'M.T.',
    gender: 'L', birthPlace: 'Yogyakarta', golongan: 'IV/b', unitCode: 'DISKOMINFOTIK.B1', job: 'head',
  },
  {
    key: 'EMPLOYEE', roles: ['EMPLOYEE'], nip: '199308242019032011', name: 'Ayu Lestari', frontTitle: null, backTitle: 'S.Kom.',
    gender: 'P', birthPlace: 'Jakarta', golongan: 'III/b', unitCode: 'DISKOMINFOTIK.B1', job: { name: 'Pranata Komputer', level: 'AHLI_PERTAMA' },
  },
  {
    key: 'TRAINER', roles: ['TRAINER', 'EMPLOYEE'], nip: '197011051998031002', name: 'Hendra Gunawan', frontTitle: 'Dr.', backTitle: 'M.Pd.',
    gender: 'L', birthPlace: 'Medan', golongan: 'IV/b', unitCode: 'BPSDM.B1', job: { name: 'Widyaiswara', level: 'AHLI_MADYA' },
  },
  {
    key: 'ASSESSOR', roles: ['ASSESSOR', 'EMPLOYEE'], nip: '198110202006042005', name: 'Sri Wahyuni', frontTitle: null, backTitle: 'S.Psi., M.Psi.',
    gender: 'P', birthPlace: 'Surakarta', golongan: 'III/d', unitCode: 'BKD.B2', job: { name: 'Asesor SDM Aparatur', level: 'AHLI_MUDA' },
  },
];

export interface DemoAccount {
  role: Role;
  username: string;
  password: string;
  name: string;
  unit: string;
}

/** Demo logins (README, docs/demo-accounts.md, e2e). The admin account is created by the reference seed. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'ADMIN', username: 'admin', password: 'Admin#2026', name: 'Administrator Kompeten', unit: '—' },
  { role: 'HR_OFFICER', username: '198503122010012003', password: DEMO_PASSWORD, name: 'Dewi Kartika Sari, S.Psi., M.Si.', unit: 'Badan Kepegawaian Daerah (cakupan: semua OPD)' },
  { role: 'HR_OFFICER', username: '198207152009031004', password: DEMO_PASSWORD, name: 'Rudi Hartono, S.K.M.', unit: 'Dinas Kesehatan (cakupan: Dinas Kesehatan)' },
  { role: 'SUPERVISOR', username: '197604182002121001', password: DEMO_PASSWORD, name: 'Ir. Bambang Sutrisno, M.T.', unit: 'Bidang Aplikasi Informatika, Dinas Komunikasi, Informatika dan Statistik (Kepala Bidang)' },
  { role: 'EMPLOYEE', username: '199308242019032011', password: DEMO_PASSWORD, name: 'Ayu Lestari, S.Kom.', unit: 'Bidang Aplikasi Informatika, Dinas Komunikasi, Informatika dan Statistik' },
  { role: 'TRAINER', username: '197011051998031002', password: DEMO_PASSWORD, name: 'Dr. Hendra Gunawan, M.Pd.', unit: 'Bidang Pengembangan Kompetensi Manajerial, BPSDM (Widyaiswara)' },
  { role: 'ASSESSOR', username: '198110202006042005', password: DEMO_PASSWORD, name: 'Sri Wahyuni, S.Psi., M.Psi.', unit: 'Bidang Pengembangan Kompetensi dan Penilaian Kinerja, BKD' },
];
