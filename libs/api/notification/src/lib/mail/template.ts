import type { MailCategory } from '@kompeten/shared/contract';

export type MailLanguage = 'id' | 'en';

/** What a template says; the layout (product name, link button, footer, HTML and text parts) is shared. */
export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** Label/value lines shown as a small table (dates, course, status…). */
  facts?: Array<[string, string]>;
  /** A link into the web app; `path` is relative to PUBLIC_BASE_URL (e.g. `/training/requests`). */
  action?: { label: string; path: string };
}

/**
 * A message kind, declared by the domain that sends it (training, competency, recruitment…).
 * Rendered at enqueue time in the recipient's language, so the outbox row holds exactly what is sent.
 * Never put secrets or a full NIP/NIK in params: use `maskNip`.
 */
export interface MailTemplate<P> {
  key: string;
  category: MailCategory;
  render(lang: MailLanguage, params: P): MailContent;
}

export function defineTemplate<P>(t: MailTemplate<P>): MailTemplate<P> {
  return t;
}

/** 19930824 201903 2 011 → 1993********2011: enough to recognise, not enough to misuse. */
export function maskNip(nip: string): string {
  return nip.length > 8 ? `${nip.slice(0, 4)}${'*'.repeat(nip.length - 8)}${nip.slice(-4)}` : '****';
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FOOTER: Record<MailLanguage, { auto: string; optional: string }> = {
  id: {
    auto: 'Email ini dikirim otomatis oleh Kompeten. Mohon tidak membalas email ini.',
    optional: 'Anda dapat mematikan pengingat dan ringkasan di menu Pengaturan notifikasi.',
  },
  en: {
    auto: 'This e-mail was sent automatically by Kompeten. Please do not reply.',
    optional: 'You can turn reminders and digests off under Notification settings.',
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The shared layout: plain-text part and a simple, inline-styled HTML part (mail clients ignore CSS files). */
export function renderMail(c: MailContent, lang: MailLanguage, category: MailCategory, baseUrl: string): RenderedMail {
  const link = c.action ? new URL(c.action.path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString() : null;
  const footer = [FOOTER[lang].auto, ...(category === 'ESSENTIAL' ? [] : [FOOTER[lang].optional])];
  const text = [
    c.heading, '',
    ...c.paragraphs.flatMap((p) => [p, '']),
    ...(c.facts?.length ? [...c.facts.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(link && c.action ? [`${c.action.label}: ${link}`, ''] : []),
    '--', 'Kompeten', ...footer,
  ].join('\n');
  const facts = c.facts?.length
    ? `<table style="border-collapse:collapse;margin:12px 0">${c.facts.map(([k, v]) =>
      `<tr><td style="padding:4px 16px 4px 0;color:#5f6368">${escapeHtml(k)}</td><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`).join('')}</table>`
    : '';
  const button = link && c.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(link)}" style="background:#0b57d0;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">${escapeHtml(c.action.label)}</a></p>`
    : '';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>`
    + `<body style="margin:0;background:#f4f6fb;font-family:Roboto,Arial,sans-serif;color:#1f1f1f">`
    + `<div style="max-width:560px;margin:0 auto;padding:24px">`
    + `<div style="font-size:18px;font-weight:500;color:#0b57d0;margin-bottom:16px">Kompeten</div>`
    + `<div style="background:#fff;border-radius:12px;padding:24px">`
    + `<h1 style="font-size:20px;font-weight:500;margin:0 0 12px">${escapeHtml(c.heading)}</h1>`
    + c.paragraphs.map((p) => `<p style="line-height:1.5;margin:0 0 10px">${escapeHtml(p)}</p>`).join('')
    + facts + button
    + `</div><p style="font-size:12px;color:#5f6368;line-height:1.5">${footer.map(escapeHtml).join('<br>')}</p></div></body></html>`;
  return { subject: c.subject, text, html };
}
