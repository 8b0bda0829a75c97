import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@kompeten/api/core';

export interface OutgoingMail {
  eventKey: string;
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string;
  language: 'id' | 'en';
}

/**
 * SMTP through nodemailer, from config (SMTP_URL, or SMTP_HOST/PORT/SECURE/USER/PASS). Without either,
 * `configured` is false and the outbox keeps every message ("not sent: SMTP not configured").
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter | null;
  private readonly domain: string;

  constructor(private readonly config: AppConfig) {
    // Pooled: one drain sends many messages over a few kept-open connections, not one connection each.
    const timeouts = { pool: true as const, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
    this.transporter = config.SMTP_URL
      ? createTransport({ url: config.SMTP_URL, ...timeouts })
      : config.SMTP_HOST
        ? createTransport({
          host: config.SMTP_HOST, port: config.SMTP_PORT, secure: config.SMTP_SECURE,
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS ?? '' } : undefined,
          ...timeouts,
        })
        : null;
    this.domain = safeHost(config.PUBLIC_BASE_URL);
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  /**
   * The Message-ID is derived from the event key, so a message resent after a crash carries the same
   * id and the receiving side (or a test sink) can recognise the duplicate.
   */
  messageIdFor(eventKey: string): string {
    return `<${createHash('sha256').update(eventKey).digest('hex').slice(0, 32)}@${this.domain}>`;
  }

  /** Sends one message; resolves with the server's reply id, rejects with the SMTP error. */
  async send(m: OutgoingMail): Promise<string> {
    if (!this.transporter) throw new Error('SMTP not configured');
    const info = await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: m.toName ? { name: m.toName, address: m.to } : m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId: this.messageIdFor(m.eventKey),
      headers: { 'Content-Language': m.language, 'X-Kompeten-Event': m.eventKey },
    });
    return String(info.messageId ?? this.messageIdFor(m.eventKey));
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname || 'kompeten.local';
  } catch {
    return 'kompeten.local';
  }
}
