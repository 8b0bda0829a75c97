import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(__dirname, '../../..');

/** The PostgreSQL server the e2e run uses, with another database name. */
export function databaseUrl(name: string): string {
  const base = process.env['E2E_DATABASE_URL'];
  if (!base) throw new Error('E2E_DATABASE_URL is not set (run through `npm test`)');
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: databaseUrl('postgres') });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

export async function createDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return { url: databaseUrl(name), drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined) };
}

/** One built API process (`node dist/apps/api/main.js`), as deployed. */
export class ApiProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];
  constructor(readonly port: number, private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['dist/apps/api/main.js'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(this.port), LOG_LEVEL: 'warn', DEMO_DATA: 'false', JWT_SECRET: 'process-test-secret-0123456789abcdef', ...this.env },
    });
    this.child.stdout?.on('data', (b) => this.output.push(String(b)));
    this.child.stderr?.on('data', (b) => this.output.push(String(b)));
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`API exited: ${this.output.join('')}`);
      try {
        const r = await fetch(`http://127.0.0.1:${this.port}/api/health`);
        if (r.ok) return;
      } catch { /* not up yet */ }
      await sleep(300);
    }
    throw new Error(`API on ${this.port} did not start: ${this.output.join('')}`);
  }

  /** kill -9: no shutdown hooks, no chance to finish what it was doing. */
  kill9(): Promise<void> {
    return this.stopWith('SIGKILL');
  }

  stop(): Promise<void> {
    return this.stopWith('SIGTERM');
  }

  private stopWith(signal: NodeJS.Signals): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
    return new Promise((res) => { c.once('exit', () => res()); c.kill(signal); });
  }
}

/** A real SMTP server that records Message-IDs; `delayMs` slows each delivery so a drain can be caught mid-way. */
export class SmtpSink {
  readonly messageIds: string[] = [];
  readonly events: string[] = [];
  private server: SMTPServer | null = null;
  port = 0;
  constructor(private readonly delayMs = 0) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData: (stream, _s, cb) => {
        simpleParser(stream).then(async (m) => {
          if (this.delayMs) await sleep(this.delayMs);
          this.messageIds.push(m.messageId ?? '');
          this.events.push(String(m.headers.get('x-kompeten-event') ?? ''));
          cb();
        }, cb);
      },
    });
    await new Promise<void>((res) => this.server?.listen(0, '127.0.0.1', () => res()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (s) await new Promise<void>((res) => s.close(() => res()));
  }

  duplicates(): string[] {
    const seen = new Map<string, number>();
    for (const id of this.messageIds) seen.set(id, (seen.get(id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  }
}

export const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

/** Writes outbox rows as a business transaction would (the outbox is the interface under test). */
export async function queueMessages(url: string, prefix: string, n: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO mail_outbox (event_key, template, category, recipient_email, recipient_name, language, subject, body_text, body_html)
       SELECT $1 || ':' || g, 'test.bulk', 'ESSENTIAL', 'pegawai' || g || '@jakarta.go.id', 'Pegawai ' || g, 'id',
              'Pesan ' || g, 'Isi pesan ' || g, '<p>Isi pesan ' || g || '</p>'
         FROM generate_series(1, $2) g`, [prefix, n]);
  } finally { await c.end(); }
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(sql, params)).rows as T[]; } finally { await c.end(); }
}
