import type { Recommendation } from './recommend';

export type Lang = 'id' | 'en';

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Calendar day in WIB (UTC+7, no daylight saving): sessions in Jakarta and Jambi are planned in it. */
function wibDay(iso: string): { d: number; m: number; y: number } {
  const t = new Date(Date.parse(iso) + 7 * 3600_000);
  return { d: t.getUTCDate(), m: t.getUTCMonth(), y: t.getUTCFullYear() };
}

/** "12–14 Januari", "30 Januari – 2 Februari", "12 Januari" (the year only when it is not the session's start year… kept short). */
export function dateRange(startsAt: string, endsAt: string, lang: Lang): string {
  const a = wibDay(startsAt);
  // A session ending at midnight belongs to the day before.
  const b = wibDay(new Date(Date.parse(endsAt) - 1).toISOString());
  const M = MONTHS[lang];
  if (a.y === b.y && a.m === b.m) return a.d === b.d ? `${a.d} ${M[a.m]}` : `${a.d}–${b.d} ${M[a.m]}`;
  return a.y === b.y ? `${a.d} ${M[a.m]} – ${b.d} ${M[b.m]}` : `${a.d} ${M[a.m]} ${a.y} – ${b.d} ${M[b.m]} ${b.y}`;
}

/**
 * The reason in words an employee understands, e.g. "menutup gap Pelayanan Publik dari level 2 ke 3
 * (dibutuhkan 3); sesi berikut 12–14 Januari, 8 kursi tersisa".
 */
export function explain(r: Recommendation, lang: Lang = 'id'): string {
  const parts = r.closes.map((c) => lang === 'id'
    ? `${c.to >= c.required ? 'menutup' : 'mengurangi'} gap ${c.name} dari level ${c.from} ke ${c.to} (dibutuhkan ${c.required})`
    : `${c.to >= c.required ? 'closes' : 'narrows'} the ${c.name} gap from level ${c.from} to ${c.to} (${c.required} required)`);
  const when = dateRange(r.session.startsAt, r.session.endsAt, lang);
  const seats = r.session.waitlistOnly
    ? (lang === 'id' ? 'penuh, masuk daftar tunggu' : 'full, waitlist only')
    : lang === 'id' ? `${r.session.seatsLeft} kursi tersisa` : `${r.session.seatsLeft} seat${r.session.seatsLeft === 1 ? '' : 's'} left`;
  const path = r.path.length
    ? (lang === 'id' ? `; ikuti dulu ${r.path.map((p) => p.title).join(', lalu ')}` : `; take ${r.path.map((p) => p.title).join(', then ')} first`)
    : '';
  const provisional = r.provisional ? (lang === 'id' ? ' (sementara: level belum dinilai)' : ' (provisional: level not assessed)') : '';
  return `${parts.join('; ')}${path}; ${lang === 'id' ? 'sesi berikut' : 'next session'} ${when}, ${seats}${provisional}`;
}
