import { defineTemplate, maskNip, renderMail } from './template';
import { backoffSeconds } from './outbox-drain.service';

const T = defineTemplate<{ name: string }>({
  key: 'test.hello', category: 'REMINDER',
  render: (lang, p) => ({
    subject: lang === 'id' ? `Halo ${p.name}` : `Hello ${p.name}`,
    heading: 'H', paragraphs: ['<b>tebal</b>'], facts: [['Kursus', 'A & B']], action: { label: 'Buka', path: '/training' },
  }),
});

describe('renderMail', () => {
  it('renders text and escaped HTML with an absolute link and the opt-out footer for optional categories', () => {
    const m = renderMail(T.render('id', { name: 'Ayu' }), 'id', T.category, 'https://kompeten.example.go.id');
    expect(m.subject).toBe('Halo Ayu');
    expect(m.text).toContain('Buka: https://kompeten.example.go.id/training');
    expect(m.html).toContain('href="https://kompeten.example.go.id/training"');
    expect(m.html).toContain('&lt;b&gt;tebal&lt;/b&gt;');
    expect(m.html).toContain('A &amp; B');
    expect(m.html).toContain('lang="id"');
    expect(m.text).toContain('Pengaturan notifikasi');
  });

  it('omits the opt-out line for essential mail and speaks English when asked', () => {
    const m = renderMail({ subject: 'S', heading: 'H', paragraphs: [] }, 'en', 'ESSENTIAL', 'http://localhost:3000');
    expect(m.text).toContain('sent automatically');
    expect(m.text).not.toContain('Notification settings');
  });
});

describe('maskNip', () => {
  it('keeps the first and last four digits only', () => {
    expect(maskNip('199308242019032011')).toBe('1993**********2011');
    expect(maskNip('123')).toBe('****');
  });
});

describe('backoffSeconds', () => {
  it('doubles per attempt with equal jitter between half and the full ceiling, capped at six hours', () => {
    expect(backoffSeconds(1, 30, 0)).toBe(15);
    expect(backoffSeconds(1, 30, 1)).toBe(30);
    expect(backoffSeconds(3, 30, 1)).toBe(120);
    expect(backoffSeconds(3, 30, 0.5)).toBe(90);
    expect(backoffSeconds(40, 30, 1)).toBe(6 * 3600);
  });
});
