import { AddressInfo } from 'node:net';
import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  language: string | undefined;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

export interface SmtpSinkOptions {
  /** Refuse RCPT for these addresses with a permanent 550 (a message that keeps failing). */
  rejectRecipients?: string[];
  /** Port to listen on; 0 = any free port. */
  port?: number;
}

/**
 * A real SMTP server (the `smtp-server` package) for tests: receives what the product sends and
 * parses it with `mailparser`. Stop it to simulate "SMTP down" and start it again on the same port.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  constructor(private readonly opts: SmtpSinkOptions = {}) {}

  async start(port = this.opts.port ?? this.port): Promise<number> {
    const reject = new Set((this.opts.rejectRecipients ?? []).map((a) => a.toLowerCase()));
    this.server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onRcptTo: (addr: SMTPServerAddress, _s, cb) => (reject.has(addr.address.toLowerCase())
        ? cb(Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 })) : cb()),
      onData: (stream, _session, cb) => {
        simpleParser(stream).then((m) => {
          this.received.push({
            messageId: m.messageId ?? '', to: (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '',
            subject: m.subject ?? '', language: m.headers.get('content-language') as string | undefined,
            text: m.text ?? '', html: typeof m.html === 'string' ? m.html : '', headers: m.headers,
          });
          cb();
        }, cb);
      },
    });
    await new Promise<void>((res, rej) => {
      this.server?.once('error', rej);
      this.server?.listen(port, '127.0.0.1', () => res());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((res) => s.close(() => res()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages per Message-ID: a value above 1 is a duplicate delivery. */
  countsByMessageId(): Map<string, number> {
    const m = new Map<string, number>();
    for (const r of this.received) m.set(r.messageId, (m.get(r.messageId) ?? 0) + 1);
    return m;
  }
}

/** A free TCP port on loopback (for "SMTP down": configure it, start nothing there yet). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => res(p));
    });
  });
}
