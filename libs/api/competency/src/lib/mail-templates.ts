import { defineTemplate } from '@kompeten/api/notification';

const fmt = (d: string, lang: 'id' | 'en') =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface ExpiringParams {
  validUntil: string;
  competencies: string[];
}

/** To the employee: his assessments lose their validity on one date. */
export const ASSESSMENT_EXPIRING = defineTemplate<ExpiringParams>({
  key: 'competency.assessment-expiring',
  category: 'REMINDER',
  render: (lang, p) => lang === 'en'
    ? {
      subject: `Your competency assessment expires on ${fmt(p.validUntil, lang)}`,
      heading: 'Assessment about to expire',
      paragraphs: [
        `The assessment of ${p.competencies.length} competenc${p.competencies.length === 1 ? 'y' : 'ies'} is valid until ${fmt(p.validUntil, lang)}. After that date your gap for ${p.competencies.length === 1 ? 'it' : 'them'} shows "assess first" again.`,
        'Ask your direct supervisor (atasan langsung) or HR office for a new assessment.',
      ],
      facts: p.competencies.map((c) => ['Competency', c]),
      action: { label: 'Open my competency profile', path: '/employees/me/competency' },
    }
    : {
      subject: `Penilaian kompetensi Anda berakhir ${fmt(p.validUntil, lang)}`,
      heading: 'Penilaian kompetensi segera kedaluwarsa',
      paragraphs: [
        `Hasil penilaian ${p.competencies.length} kompetensi Anda berlaku sampai ${fmt(p.validUntil, lang)}. Setelah tanggal itu kesenjangannya kembali berstatus "perlu dinilai".`,
        'Mintalah penilaian ulang kepada atasan langsung atau BKD/BKPSDM.',
      ],
      facts: p.competencies.map((c) => ['Kompetensi', c]),
      action: { label: 'Buka profil kompetensi saya', path: '/employees/me/competency' },
    },
});

export interface TeamExpiringParams {
  validUntil: string;
  employees: Array<{ name: string; count: number }>;
}

/** To the supervisor: which of his reports lose valid assessments on one date. */
export const TEAM_ASSESSMENT_EXPIRING = defineTemplate<TeamExpiringParams>({
  key: 'competency.team-assessment-expiring',
  category: 'REMINDER',
  render: (lang, p) => lang === 'en'
    ? {
      subject: `Assessments of ${p.employees.length} team member(s) expire on ${fmt(p.validUntil, lang)}`,
      heading: 'Team assessments about to expire',
      paragraphs: [`These assessments are valid until ${fmt(p.validUntil, lang)}. Assess again before then so the team's gaps stay known.`],
      facts: p.employees.map((e) => [e.name, `${e.count} competenc${e.count === 1 ? 'y' : 'ies'}`]),
      action: { label: 'Open the assessment sheet', path: '/team' },
    }
    : {
      subject: `Penilaian ${p.employees.length} anggota tim berakhir ${fmt(p.validUntil, lang)}`,
      heading: 'Penilaian kompetensi tim segera kedaluwarsa',
      paragraphs: [`Penilaian berikut berlaku sampai ${fmt(p.validUntil, lang)}. Lakukan penilaian ulang sebelum tanggal itu agar kesenjangan tim tetap diketahui.`],
      facts: p.employees.map((e) => [e.name, `${e.count} kompetensi`]),
      action: { label: 'Buka lembar penilaian tim', path: '/team' },
    },
});

/** To the employee, on the day after validity ended. */
export const ASSESSMENT_EXPIRED = defineTemplate<ExpiringParams>({
  key: 'competency.assessment-expired',
  category: 'REMINDER',
  render: (lang, p) => lang === 'en'
    ? {
      subject: 'Your competency assessment has expired',
      heading: 'Assessment expired',
      paragraphs: [`The assessment of ${p.competencies.length} competenc${p.competencies.length === 1 ? 'y' : 'ies'} was valid until ${fmt(p.validUntil, lang)}. Until you are assessed again, your gap shows "assess first".`],
      facts: p.competencies.map((c) => ['Competency', c]),
      action: { label: 'Open my competency profile', path: '/employees/me/competency' },
    }
    : {
      subject: 'Penilaian kompetensi Anda telah kedaluwarsa',
      heading: 'Penilaian kompetensi kedaluwarsa',
      paragraphs: [`Penilaian ${p.competencies.length} kompetensi Anda berlaku sampai ${fmt(p.validUntil, lang)}. Sampai dinilai ulang, kesenjangannya berstatus "perlu dinilai".`],
      facts: p.competencies.map((c) => ['Kompetensi', c]),
      action: { label: 'Buka profil kompetensi saya', path: '/employees/me/competency' },
    },
});
