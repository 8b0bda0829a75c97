import { expect, test } from '@playwright/test';
import { ApiProcess, createDatabase, query, queueMessages, sleep, SmtpSink } from './support/processes';

// Real processes of the built API (`node dist/apps/api/main.js`) on one PostgreSQL, sending to a real
// SMTP server: what an agency running several instances behind a load balancer gets.
test.describe.configure({ mode: 'serial' });

async function waitFor(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('two API instances for 90 s of ticks: each job tick runs exactly once and each message is sent once', async () => {
  test.setTimeout(240_000);
  const sink = new SmtpSink();
  await sink.start();
  const db = await createDatabase('kompeten_two');
  const env = { DATABASE_URL: db.url, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JOBS_TICK_OVERRIDE_SECONDS: '2' };
  const a = new ApiProcess(3221, env);
  const b = new ApiProcess(3222, env);
  try {
    // Started together: migrations and seeding are serialised by an advisory lock.
    await Promise.all([a.start(), b.start()]);
    const started = Date.now();
    let queued = 0;
    while (Date.now() - started < 90_000) {
      await queueMessages(db.url, `two:${queued}`, 10);
      queued += 10;
      await sleep(2_500);
    }
    await waitFor('every message sent', async () =>
      (await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'SENT'`))[0].n === 0, 20_000);
    await Promise.all([a.stop(), b.stop()]);

    // Each message once at the SMTP server, by Message-ID (derived from the event key).
    expect(sink.messageIds).toHaveLength(queued);
    expect(sink.duplicates()).toEqual([]);
    // Each job: exactly one row per tick (run, or skipped because the previous run was still going)
    // and no tick missing between its first and last.
    const perJob = await query<{ job: string; runs: number; ticks: number; span: number; ok: number; skipped: number; instances: string[] }>(db.url,
      `SELECT job, count(*)::int AS runs, count(DISTINCT tick)::int AS ticks,
              count(*) FILTER (WHERE outcome = 'OK')::int AS ok, count(*) FILTER (WHERE outcome = 'SKIPPED')::int AS skipped,
              (extract(epoch FROM max(tick::timestamptz) - min(tick::timestamptz)) / 2)::int + 1 AS span,
              array_agg(DISTINCT instance) AS instances
         FROM job_run WHERE trigger = 'SCHEDULE' GROUP BY job ORDER BY job`);
    expect(perJob.map((j) => j.job)).toEqual(expect.arrayContaining(['jobs.prune-runs', 'mail.drain']));
    for (const j of perJob) {
      expect(j.runs).toBe(j.ticks);
      expect(j.runs).toBe(j.span);
      expect(j.runs).toBeGreaterThanOrEqual(40);
      expect(j.ok).toBeGreaterThanOrEqual(j.runs * 0.8);
    }
    const [{ failed }] = await query<{ failed: number }>(db.url, `SELECT count(*)::int AS failed FROM job_run WHERE outcome NOT IN ('OK', 'SKIPPED')`);
    expect(failed).toBe(0);
    console.log(`two instances: ${queued} messages, ${sink.messageIds.length} deliveries, 0 duplicates; `
      + perJob.map((j) => `${j.job}: ${j.runs} ticks (${j.ok} run, ${j.skipped} skipped while busy) by ${j.instances.length} instance(s)`).join('; '));
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await sink.stop();
    await db.drop();
  }
});

test('kill -9 in the middle of a drain: after restart nothing is lost and at most the message in flight is resent', async () => {
  test.setTimeout(180_000);
  const sink = new SmtpSink(150); // slow server: the drain is caught mid-way
  await sink.start();
  const db = await createDatabase('kompeten_crash');
  const env = { DATABASE_URL: db.url, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_DRAIN_SECONDS: '1', MAIL_LEASE_SECONDS: '5' };
  const first = new ApiProcess(3223, env);
  const second = new ApiProcess(3224, env);
  try {
    await first.start();
    await queueMessages(db.url, 'crash', 120);
    await waitFor('the drain to be under way', async () => sink.messageIds.length >= 25, 60_000);
    await first.kill9();
    const received = sink.messageIds.length;
    const inFlight = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'SENDING'`);
    expect(inFlight[0].n).toBeLessThanOrEqual(1);

    await second.start();
    await waitFor('every message sent after the restart', async () =>
      (await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'SENT'`))[0].n === 0, 90_000);
    await second.stop();

    const events = new Set(sink.events);
    for (let i = 1; i <= 120; i++) expect(events.has(`crash:${i}`)).toBe(true);
    const dups = sink.duplicates();
    expect(dups.length).toBeLessThanOrEqual(1);
    expect(sink.messageIds.length).toBe(120 + dups.length);
    console.log(`crash: killed after ${received} deliveries; ${inFlight[0].n} in flight; after restart 120/120 delivered, ${dups.length} duplicate(s) recognised by Message-ID`);
  } finally {
    await first.kill9();
    await second.stop();
    await sink.stop();
    await db.drop();
  }
});
