import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kompeten/api/core';
import { JobRegistry } from '../jobs/job-registry';
import { MailTransport } from './mail-transport';

/** Most messages one drain run sends; the next tick continues. */
const MAX_PER_RUN = 200;
const MAX_BACKOFF_SECONDS = 6 * 3600;

interface ClaimedRow {
  id: string; event_key: string; recipient_email: string; recipient_name: string | null;
  subject: string; body_text: string; body_html: string; language: 'id' | 'en'; attempts: number;
}

export type DrainCounts = { sent: number; retrying: number; dead: number };

/** Retry delay before attempt n+1: exponential, capped, with "equal jitter" so retries spread out. */
export function backoffSeconds(attempts: number, baseSeconds: number, random = Math.random()): number {
  const ceiling = Math.min(MAX_BACKOFF_SECONDS, baseSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.max(1, Math.round(ceiling / 2 + (ceiling / 2) * random));
}

/**
 * Sends the outbox. Each message is claimed alone (`FOR UPDATE SKIP LOCKED`, so concurrent drains in
 * other instances take other rows) with a lease, committed, sent, then marked SENT with the server's
 * message id. A crash between send and mark leaves at most that one message to be sent again after
 * its lease; it keeps its Message-ID, so the duplicate is recognisable: at-least-once delivery with
 * a deduplication key.
 */
@Injectable()
export class OutboxDrainService implements OnModuleInit {
  private readonly log = new Logger('Outbox');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly config: AppConfig,
    private readonly transport: MailTransport,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'mail.drain',
      description: 'Mengirim email dari antrean (outbox) melalui SMTP, dengan pengulangan bertahap',
      everySeconds: this.config.MAIL_DRAIN_SECONDS,
      run: () => this.drain(),
    });
  }

  async drain(limit = MAX_PER_RUN): Promise<DrainCounts> {
    const counts: DrainCounts = { sent: 0, retrying: 0, dead: 0 };
    if (!this.transport.configured) return counts;
    for (let i = 0; i < limit; i++) {
      const row = await this.claim();
      if (!row) break;
      try {
        const messageId = await this.transport.send({
          eventKey: row.event_key, to: row.recipient_email, toName: row.recipient_name,
          subject: row.subject, text: row.body_text, html: row.body_html, language: row.language,
        });
        await this.ds.query(
          `UPDATE mail_outbox SET status = 'SENT', sent_at = now(), message_id = $2, lease_until = NULL, last_error = NULL
            WHERE id = $1 AND status = 'SENDING'`, [row.id, messageId]);
        counts.sent++;
      } catch (e) {
        const error = String((e as Error).message ?? e).slice(0, 1000);
        if (row.attempts >= this.config.MAIL_MAX_ATTEMPTS) {
          await this.ds.query(`UPDATE mail_outbox SET status = 'DEAD', lease_until = NULL, last_error = $2 WHERE id = $1`, [row.id, error]);
          counts.dead++;
          this.log.warn(`Message ${row.id} dead after ${row.attempts} attempts: ${error}`);
        } else {
          const delay = backoffSeconds(row.attempts, this.config.MAIL_RETRY_BASE_SECONDS);
          await this.ds.query(
            `UPDATE mail_outbox SET status = 'RETRY', lease_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3)
              WHERE id = $1`, [row.id, error, delay]);
          counts.retrying++;
        }
      }
    }
    return counts;
  }

  /** Claims the next due message (or one whose claim expired), committing the claim at once. */
  private async claim(): Promise<ClaimedRow | null> {
    const [rows]: [ClaimedRow[], number] = await this.ds.query(
      `UPDATE mail_outbox o SET status = 'SENDING', attempts = o.attempts + 1, lease_until = now() + make_interval(secs => $1)
        WHERE o.id = (SELECT id FROM mail_outbox
                       WHERE (status IN ('QUEUED', 'RETRY') AND next_attempt_at <= now())
                          OR (status = 'SENDING' AND lease_until < now())
                       ORDER BY next_attempt_at, created_at
                       LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.event_key, o.recipient_email, o.recipient_name, o.subject, o.body_text, o.body_html, o.language, o.attempts`,
      [this.config.MAIL_LEASE_SECONDS]);
    return rows[0] ?? null;
  }
}
