import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MailCategory, MailLogEntry, MailLogSummary, MailMessage, NotificationPreferences, Page } from '@kompeten/shared/contract';
import { AuditService, notFound, Principal, ProblemException } from '@kompeten/api/core';
import { MailLogQueryDto } from '../dto/notification.dto';
import { MailTransport } from './mail-transport';

const COLUMNS = `id, event_key, template, category, recipient_email, recipient_name, language, subject, status, attempts,
  next_attempt_at, last_error, message_id, created_at, sent_at`;

@Injectable()
export class MailLogService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly transport: MailTransport, private readonly audit: AuditService) {}

  async list(q: MailLogQueryDto): Promise<Page<MailLogEntry>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => { params.push(v); where.push(sql.replace('?', `$${params.length}`)); };
    if (q.status) add('status = ?', q.status);
    if (q.template) add('template = ?', q.template);
    if (q.recipient) add(`strpos(lower(coalesce(recipient_email, '') || ' ' || coalesce(recipient_name, '')), lower(?)) > 0`, q.recipient);
    if (q.from) add('created_at >= ?::date', q.from);
    if (q.to) add(`created_at < ?::date + interval '1 day'`, q.to);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    params.push(q.limit, q.offset);
    const rows = await this.ds.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM mail_outbox ${cond}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
    return { items: rows.map((r: Record<string, unknown>) => this.toEntry(r)), total: Number(rows[0]?.total ?? 0), limit: q.limit, offset: q.offset };
  }

  async summary(): Promise<MailLogSummary> {
    const rows: Array<{ status: MailLogEntry['status']; n: number }> = await this.ds.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`);
    return { smtpConfigured: this.transport.configured, counts: Object.fromEntries(rows.map((r) => [r.status, r.n])) };
  }

  async get(id: string): Promise<MailMessage> {
    const [r] = await this.ds.query(`SELECT ${COLUMNS}, body_text, body_html FROM mail_outbox WHERE id = $1`, [id]);
    if (!r) throw notFound('Email');
    return { ...this.toEntry(r), bodyText: r.body_text, bodyHtml: r.body_html };
  }

  /** "Retry now" for a dead (or waiting) message: back to the queue with a fresh attempt count. */
  async retry(p: Principal, id: string): Promise<MailLogEntry> {
    return this.ds.transaction(async (em) => {
      const [before] = await em.query(`SELECT status FROM mail_outbox WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw notFound('Email');
      if (!['DEAD', 'RETRY'].includes(before.status)) {
        throw new ProblemException(409, 'CONFLICT', `Email berstatus ${before.status} tidak dapat dikirim ulang; hanya yang gagal (DEAD) atau menunggu pengulangan (RETRY)`);
      }
      const [rows] = await em.query(
        `UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = now(), last_error = NULL WHERE id = $1 RETURNING ${COLUMNS}`, [id]);
      await this.audit.record(em, p, { action: 'RETRY', entity: 'mail_outbox', entityId: id, before, after: { status: 'QUEUED' } });
      return this.toEntry(rows[0]);
    });
  }

  async preferences(p: Principal): Promise<NotificationPreferences> {
    const [row] = await this.ds.query(`SELECT muted_categories FROM notification_preference WHERE user_id = $1`, [p.id]);
    return { language: p.language, mutedCategories: (row?.muted_categories ?? []) as MailCategory[] };
  }

  async setPreferences(p: Principal, muted: MailCategory[]): Promise<NotificationPreferences> {
    const unique = [...new Set(muted)].sort();
    await this.ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO notification_preference (user_id, muted_categories) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET muted_categories = EXCLUDED.muted_categories`, [p.id, unique]);
      await this.audit.record(em, p, { action: 'UPDATE', entity: 'notification_preference', entityId: p.id, after: { mutedCategories: unique } });
    });
    return { language: p.language, mutedCategories: unique };
  }

  private toEntry(r: Record<string, unknown>): MailLogEntry {
    const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
    const status = r['status'] as MailLogEntry['status'];
    return {
      id: r['id'] as string, eventKey: r['event_key'] as string, template: r['template'] as string,
      category: r['category'] as MailCategory, recipientEmail: (r['recipient_email'] as string) ?? null,
      recipientName: (r['recipient_name'] as string) ?? null, language: r['language'] as 'id' | 'en',
      subject: r['subject'] as string, status,
      waitingForSmtp: !this.transport.configured && ['QUEUED', 'RETRY'].includes(status),
      attempts: Number(r['attempts']), nextAttemptAt: iso(r['next_attempt_at']), lastError: (r['last_error'] as string) ?? null,
      messageId: (r['message_id'] as string) ?? null, createdAt: iso(r['created_at']) as string, sentAt: iso(r['sent_at']),
    };
  }
}
