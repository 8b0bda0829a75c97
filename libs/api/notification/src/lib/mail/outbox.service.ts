import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailStatus } from '@kompeten/shared/contract';
import { displayName } from '@kompeten/shared/domain';
import { AppConfig } from '@kompeten/api/core';
import { MailLanguage, MailTemplate, renderMail } from './template';

/**
 * Who receives a message. Give an employee (his e-mail, and the language and preferences of his
 * account if he has one), a user account, or a bare address (applicants have no account).
 */
export interface Recipient {
  employeeId?: string | null;
  userId?: string | null;
  email?: string | null;
  name?: string | null;
  language?: MailLanguage;
}

export type EnqueueResult = MailStatus | 'DUPLICATE';

interface ResolvedRecipient {
  userId: string | null;
  email: string | null;
  name: string | null;
  language: MailLanguage;
  muted: string[];
}

@Injectable()
export class OutboxService {
  constructor(private readonly config: AppConfig) {}

  /**
   * Queues one message inside the caller's transaction (pass the EntityManager of the business
   * change), so the change and its message commit or roll back together. The same `eventKey` twice
   * queues once (returns DUPLICATE). Name keys after the event, e.g. `enrollment.approved:<id>`.
   */
  async enqueue<P>(em: EntityManager, template: MailTemplate<P>, to: Recipient, params: P, eventKey: string): Promise<EnqueueResult> {
    const r = await this.resolve(em, to);
    const mail = renderMail(template.render(r.language, params), r.language, template.category, this.config.PUBLIC_BASE_URL);
    const status: MailStatus = !r.email ? 'NO_ADDRESS'
      : template.category !== 'ESSENTIAL' && r.muted.includes(template.category) ? 'SUPPRESSED' : 'QUEUED';
    const rows: unknown[] = await em.query(
      `INSERT INTO mail_outbox (event_key, template, category, recipient_user_id, recipient_email, recipient_name, language, subject, body_text, body_html, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (event_key) DO NOTHING RETURNING id`,
      [eventKey, template.key, template.category, r.userId, r.email, r.name, r.language, mail.subject, mail.text, mail.html, status]);
    return rows.length ? status : 'DUPLICATE';
  }

  private async resolve(em: EntityManager, to: Recipient): Promise<ResolvedRecipient> {
    if (to.employeeId || to.userId) {
      const [row] = await em.query(
        `SELECT u.id AS user_id, coalesce(u.language, 'id') AS language, coalesce(np.muted_categories, '{}') AS muted,
                e.email, e.name, e.front_title, e.back_title, u.display_name
           FROM (SELECT $1::uuid AS employee_id, $2::uuid AS user_id) k
           LEFT JOIN app_user u ON (k.user_id IS NOT NULL AND u.id = k.user_id)
                                OR (k.user_id IS NULL AND u.employee_id = k.employee_id AND u.active)
           LEFT JOIN employee e ON e.id = coalesce(k.employee_id, u.employee_id)
           LEFT JOIN notification_preference np ON np.user_id = u.id
          LIMIT 1`,
        [to.employeeId ?? null, to.userId ?? null]);
      return {
        userId: row?.user_id ?? null,
        email: to.email ?? row?.email ?? null,
        name: to.name ?? (row?.name ? displayName(row.name, row.front_title, row.back_title) : row?.display_name ?? null),
        language: to.language ?? (row?.language === 'en' ? 'en' : 'id'),
        muted: row?.muted ?? [],
      };
    }
    return { userId: null, email: to.email ?? null, name: to.name ?? null, language: to.language ?? 'id', muted: [] };
  }
}
