import request from 'supertest';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { freePort, SmtpSink } from '../testing';
import { NotificationModule } from './notification.module';
import { OutboxService } from './mail/outbox.service';
import { OutboxDrainService } from './mail/outbox-drain.service';
import { defineTemplate } from './mail/template';

const API = '/api/v1';

const DECISION = defineTemplate<{ course: string }>({
  key: 'test.decision', category: 'ESSENTIAL',
  render: (lang, p) => ({
    subject: lang === 'en' ? `Request approved: ${p.course}` : `Permohonan disetujui: ${p.course}`,
    heading: lang === 'en' ? 'Your request was approved' : 'Permohonan Anda disetujui',
    paragraphs: [p.course], action: { label: lang === 'en' ? 'Open' : 'Buka', path: '/training/requests' },
  }),
});
const REMINDER = defineTemplate<{ course: string }>({
  key: 'test.reminder', category: 'REMINDER',
  render: (_lang, p) => ({ subject: `Pengingat: ${p.course}`, heading: 'Pengingat', paragraphs: [p.course] }),
});

/**
 * The outbox end to end on real PostgreSQL and a real SMTP server: queued in the business
 * transaction, drained with SKIP LOCKED, retried while SMTP is down, dead after the last attempt,
 * never duplicated by event key or by concurrent drains.
 */
describe('mail outbox and SMTP delivery', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let outbox: OutboxService;
  let drain: OutboxDrainService;
  let adminTok: string;
  let staffTok: string;
  let staffUserId: string;
  let employeeId: string;
  let englishUserId: string;
  const http = () => request(t.app.getHttpServer());

  const enqueue = <P>(tpl: Parameters<OutboxService['enqueue']>[1], to: Parameters<OutboxService['enqueue']>[2], params: P, key: string) =>
    t.ds.transaction((em) => outbox.enqueue(em, tpl, to, params, key));
  /** Lets time pass for the retry schedule without sleeping. */
  const makeDue = () => t.ds.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'RETRY'`);
  const statusOf = async (key: string) => (await t.ds.query(`SELECT status, attempts, last_error FROM mail_outbox WHERE event_key = $1`, [key]))[0];

  beforeAll(async () => {
    sink = new SmtpSink({ rejectRecipients: ['tidak.ada@jakarta.go.id'] });
    sink.port = await freePort(); // configured, but nothing listens yet: SMTP is down
    t = await createTestApp([IdentityModule, NotificationModule], {
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_MAX_ATTEMPTS: '4', MAIL_RETRY_BASE_SECONDS: '1',
      PUBLIC_BASE_URL: 'https://kompeten.jakarta.go.id', MAIL_FROM: 'BKD DKI <no-reply@jakarta.go.id>',
    });
    outbox = t.app.get(OutboxService);
    drain = t.app.get(OutboxDrainService);
    const [{ id: agencyId }] = await t.ds.query(`INSERT INTO agency (code, name) VALUES ('DKI', 'Pemprov DKI') RETURNING id`);
    const [{ id: unitId }] = await t.ds.query(
      `INSERT INTO unit (agency_id, code, name, kind, path, depth) VALUES ($1, 'BKD', 'Badan Kepegawaian Daerah', 'badan', '/', 0) RETURNING id`, [agencyId]);
    [{ id: employeeId }] = await t.ds.query(
      `INSERT INTO employee (nip, name, front_title, back_title, gender, birth_date, golongan, employment_type, unit_id, email)
       VALUES ('199308242019032011', 'Ayu Lestari', NULL, 'S.Kom.', 'P', '1993-08-24', 'III/a', 'PNS', $1, 'ayu.lestari@jakarta.go.id') RETURNING id`, [unitId]);
    staffUserId = await createUser(t.ds, { username: '199308242019032011', roles: ['EMPLOYEE'], employeeId });
    englishUserId = await createUser(t.ds, { username: 'english', roles: ['EMPLOYEE'] });
    await t.ds.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [englishUserId]);
    await createUser(t.ds, { username: 'admin', roles: ['ADMIN'] });
    adminTok = await bearer(t.app, 'admin');
    staffTok = await bearer(t.app, '199308242019032011');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('queues once per event key, in the recipient language, with the employee address resolved', async () => {
    expect(await enqueue(DECISION, { employeeId }, { course: 'Pelayanan Publik Prima' }, 'enrollment.approved:1')).toBe('QUEUED');
    expect(await enqueue(DECISION, { employeeId }, { course: 'Pelayanan Publik Prima' }, 'enrollment.approved:1')).toBe('DUPLICATE');
    expect(await enqueue(DECISION, { userId: englishUserId, email: 'english@example.go.id' }, { course: 'Public Service' }, 'enrollment.approved:2')).toBe('QUEUED');
    const rows = await t.ds.query(`SELECT event_key, recipient_email, recipient_name, language, subject FROM mail_outbox ORDER BY event_key`);
    expect(rows).toEqual([
      { event_key: 'enrollment.approved:1', recipient_email: 'ayu.lestari@jakarta.go.id', recipient_name: 'Ayu Lestari, S.Kom.', language: 'id', subject: 'Permohonan disetujui: Pelayanan Publik Prima' },
      { event_key: 'enrollment.approved:2', recipient_email: 'english@example.go.id', recipient_name: 'english', language: 'en', subject: 'Request approved: Public Service' },
    ]);
  });

  it('rolls the message back with the business change', async () => {
    await expect(t.ds.transaction(async (em) => {
      await outbox.enqueue(em, DECISION, { employeeId }, { course: 'X' }, 'enrollment.approved:rolled-back');
      throw new Error('business rule failed');
    })).rejects.toThrow('business rule failed');
    expect(await statusOf('enrollment.approved:rolled-back')).toBeUndefined();
  });

  it('keeps a message with no address as NO_ADDRESS and a muted optional category as SUPPRESSED, never an essential one', async () => {
    expect(await enqueue(DECISION, { email: null, name: 'Tanpa Email' }, { course: 'X' }, 'no-address:1')).toBe('NO_ADDRESS');
    const put = await http().put(`${API}/me/notification-preferences`).set('Authorization', staffTok).send({ mutedCategories: ['REMINDER'] });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ language: 'id', mutedCategories: ['REMINDER'] });
    expect(await enqueue(REMINDER, { employeeId }, { course: 'Besok' }, 'reminder:1')).toBe('SUPPRESSED');
    expect(await enqueue(DECISION, { employeeId }, { course: 'Tetap dikirim' }, 'enrollment.approved:3')).toBe('QUEUED');
    const bad = await http().put(`${API}/me/notification-preferences`).set('Authorization', staffTok).send({ mutedCategories: ['ESSENTIAL'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('mutedCategories');
    expect((await http().get(`${API}/me/notification-preferences`).set('Authorization', staffTok)).body.mutedCategories).toEqual(['REMINDER']);
  });

  it('while SMTP is down retries with backoff and loses nothing; once it is up every message arrives exactly once', async () => {
    for (let i = 0; i < 30; i++) await enqueue(DECISION, { employeeId }, { course: `Angkatan ${i}` }, `bulk:${i}`);
    for (let round = 0; round < 3; round++) {
      const c = await drain.drain();
      expect(c.sent).toBe(0);
      expect(c.retrying).toBe(33);
      const [{ wait }] = await t.ds.query(`SELECT min(next_attempt_at - now()) > interval '0' AS wait FROM mail_outbox WHERE status = 'RETRY'`);
      expect(wait).toBe(true); // backed off into the future, not hammering the server
      await makeDue();
    }
    const s = await statusOf('bulk:0');
    expect(s.status).toBe('RETRY');
    expect(s.attempts).toBe(3);
    expect(s.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(sink.received).toHaveLength(0);

    await sink.start();
    const c = await drain.drain();
    expect(c).toEqual({ sent: 33, retrying: 0, dead: 0 });
    expect(await drain.drain()).toEqual({ sent: 0, retrying: 0, dead: 0 });
    const counts = sink.countsByMessageId();
    expect(counts.size).toBe(33);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'SENT' AND message_id IS NOT NULL AND sent_at IS NOT NULL`);
    expect(n).toBe(33);
  });

  it('delivers headers, language, links and no full NIP', async () => {
    const en = sink.received.find((m) => m.subject === 'Request approved: Public Service');
    expect(en?.language).toBe('en');
    expect(en?.to).toBe('english@example.go.id');
    const id = sink.received.find((m) => m.subject === 'Permohonan disetujui: Pelayanan Publik Prima');
    expect(id?.language).toBe('id');
    expect(id?.headers.get('x-kompeten-event')).toBe('enrollment.approved:1');
    expect(id?.messageId).toMatch(/^<[0-9a-f]{32}@kompeten\.jakarta\.go\.id>$/);
    expect(id?.text).toContain('Buka: https://kompeten.jakarta.go.id/training/requests');
    expect(id?.html).toContain('href="https://kompeten.jakarta.go.id/training/requests"');
    expect(sink.received.some((m) => m.text.includes('199308242019032011') || m.html.includes('199308242019032011'))).toBe(false);
  });

  it('marks a message that keeps failing DEAD with its last error after MAIL_MAX_ATTEMPTS', async () => {
    await enqueue(DECISION, { email: 'tidak.ada@jakarta.go.id', name: 'Tidak Ada' }, { course: 'X' }, 'dead:1');
    for (let i = 0; i < 3; i++) {
      expect((await drain.drain()).retrying).toBe(1);
      await makeDue();
    }
    expect(await drain.drain()).toEqual({ sent: 0, retrying: 0, dead: 1 });
    const s = await statusOf('dead:1');
    expect(s.status).toBe('DEAD');
    expect(s.attempts).toBe(4);
    expect(s.last_error).toMatch(/550/);
  });

  it('concurrent drains (as from several instances) send each message once', async () => {
    for (let i = 0; i < 60; i++) await enqueue(DECISION, { employeeId }, { course: `Paralel ${i}` }, `parallel:${i}`);
    const before = sink.received.length;
    const results = await Promise.all([drain.drain(), drain.drain(), drain.drain(), drain.drain()]);
    expect(results.reduce((s, r) => s + r.sent, 0)).toBe(60);
    expect(sink.received.length - before).toBe(60);
    expect([...sink.countsByMessageId().values()].every((n) => n === 1)).toBe(true);
  });

  it('admin mail log: filters, one message with bodies, retry now for a dead message; others are refused', async () => {
    const list = await http().get(`${API}/mail-log?status=DEAD`).set('Authorization', adminTok);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ eventKey: 'dead:1', status: 'DEAD', waitingForSmtp: false });
    const byRecipient = await http().get(`${API}/mail-log?recipient=AYU.LESTARI`).set('Authorization', adminTok);
    expect(byRecipient.body.items.every((m: { recipientEmail: string }) => m.recipientEmail === 'ayu.lestari@jakarta.go.id')).toBe(true);
    expect(byRecipient.body.total).toBeGreaterThan(90);
    const summary = await http().get(`${API}/mail-log/summary`).set('Authorization', adminTok);
    expect(summary.body).toEqual({ smtpConfigured: true, counts: { SENT: 93, DEAD: 1, NO_ADDRESS: 1, SUPPRESSED: 1 } });
    const one = await http().get(`${API}/mail-log/${list.body.items[0].id}`).set('Authorization', adminTok);
    expect(one.body.bodyHtml).toContain('<!doctype html>');
    const retry = await http().post(`${API}/mail-log/${list.body.items[0].id}/retry`).set('Authorization', adminTok);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ status: 'QUEUED', attempts: 0 });
    const again = await http().post(`${API}/mail-log/${list.body.items[0].id}/retry`).set('Authorization', adminTok);
    expect(again.status).toBe(409);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'mail_outbox' AND action = 'RETRY'`);
    expect(n).toBe(1);
    expect((await http().get(`${API}/mail-log`).set('Authorization', staffTok)).status).toBe(403);
    expect((await http().get(`${API}/mail-log?status=BOGUS`).set('Authorization', adminTok)).body.errors[0].field).toBe('status');
    expect((await http().get(`${API}/mail-log/not-a-uuid`).set('Authorization', adminTok)).status).toBe(400);
  });

  it('a user who is not the owner cannot read another user\'s preferences: the endpoint only ever answers for the caller', async () => {
    const res = await http().get(`${API}/me/notification-preferences`).set('Authorization', adminTok);
    expect(res.body.mutedCategories).toEqual([]);
    const [{ muted_categories }] = await t.ds.query(`SELECT muted_categories FROM notification_preference WHERE user_id = $1`, [staffUserId]);
    expect(muted_categories).toEqual(['REMINDER']);
  });
});
