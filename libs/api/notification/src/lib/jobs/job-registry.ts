import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { JobRunEntry } from '@kompeten/shared/contract';
import { AppConfig, notFound } from '@kompeten/api/core';

export interface JobDefinition {
  /** Stable name, `<domain>.<what>` (e.g. `training.reminders`). */
  name: string;
  /** Shown to administrators on the jobs page. */
  description: string;
  /** Either a fixed period in seconds or a cron expression (evaluated in Asia/Jakarta time). */
  everySeconds?: number;
  cron?: string;
  /** The body. Returns what it did, recorded on the run (e.g. `{ reminded: 12 }`). */
  run: () => Promise<Record<string, number>>;
}

const INSTANCE = `${hostname()}:${process.pid}`;
const TIME_ZONE = 'Asia/Jakarta';

/** Lock key per job name (stable across processes; namespaced away from other advisory-lock users). */
const LOCK_KEY = `hashtext('kompeten.job.' || $1)`;
export const RUN_COLUMNS = 'id, job, tick, trigger, instance, started_at, finished_at, outcome, counts, error, requested_by';

/**
 * Scheduled jobs that stay correct behind a load balancer. Every instance's timer fires; (1) only the
 * instance whose INSERT of (job, tick) into job_run wins goes on, so each tick is handled once in the
 * whole cluster; (2) it then takes the job's PostgreSQL advisory lock, so two runs of one job never
 * overlap: a tick that finds the previous run still going is recorded SKIPPED. Every tick thus has
 * exactly one row: OK, FAILED or SKIPPED. A tick is the scheduled slot: the period's start for
 * `everySeconds`, the minute for cron jobs.
 */
@Injectable()
export class JobRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly timers: Array<() => void> = [];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /** Domain services call this in `onModuleInit`. */
  register(def: JobDefinition): void {
    if (!def.everySeconds === !def.cron) throw new Error(`Job ${def.name}: give exactly one of everySeconds or cron`);
    if (this.jobs.has(def.name)) throw new Error(`Job ${def.name} registered twice`);
    this.jobs.set(def.name, def);
  }

  list(): JobDefinition[] {
    return [...this.jobs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): JobDefinition {
    const def = this.jobs.get(name);
    if (!def) throw notFound('Tugas terjadwal');
    return def;
  }

  onApplicationBootstrap(): void {
    if (!this.config.JOBS_ENABLED) return;
    const override = this.config.JOBS_TICK_OVERRIDE_SECONDS;
    for (const def of this.jobs.values()) {
      const every = override ?? def.everySeconds;
      if (every) this.startPeriodic(def.name, every * 1000);
      else {
        const job = CronJob.from({ cronTime: def.cron as string, onTick: () => void this.tick(def.name), start: true, timeZone: TIME_ZONE });
        this.scheduler.addCronJob(def.name, job as never);
        this.timers.push(() => void job.stop());
      }
    }
    this.log.log(`Scheduled ${this.jobs.size} job(s) on ${INSTANCE}${override ? ` (every job every ${override} s: JOBS_TICK_OVERRIDE_SECONDS)` : ''}`);
  }

  /**
   * Fires just after each slot boundary (not every n ms from start, which drifts), so all instances
   * fire for the same slot at about the same moment. A timer that fires late (a busy event loop)
   * still runs the slot it was set for and then catches up, so no slot is skipped.
   */
  private startPeriodic(name: string, period: number): void {
    let handle: NodeJS.Timeout;
    const arm = (slot: number) => {
      handle = setTimeout(() => {
        void this.tick(name, new Date(slot));
        arm(slot + period);
      }, Math.max(0, slot + 25 - Date.now()));
      handle.unref?.();
    };
    arm(Math.floor(Date.now() / period) * period + period);
    this.timers.push(() => clearTimeout(handle));
  }

  onApplicationShutdown(): void {
    for (const stop of this.timers.splice(0)) stop();
  }

  /** The slot a timer firing at `at` belongs to; instances firing for one slot agree on it. */
  tickOf(def: JobDefinition, at: Date): string {
    const every = this.config.JOBS_TICK_OVERRIDE_SECONDS ?? def.everySeconds;
    if (every) {
      const period = every * 1000;
      return new Date(Math.floor(at.getTime() / period) * period).toISOString();
    }
    return new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString();
  }

  /** A scheduled tick (also called by tests to simulate timers). Null when another instance has it. */
  async tick(name: string, at = new Date()): Promise<JobRunEntry | null> {
    const def = this.get(name);
    return this.execute(def, this.tickOf(def, at), 'SCHEDULE', null);
  }

  /** An administrator's "run now": a tick of its own, still never overlapping a running one. */
  async runNow(name: string, requestedBy: string | null): Promise<JobRunEntry | null> {
    return this.execute(this.get(name), `manual:${randomUUID()}`, 'MANUAL', requestedBy);
  }

  private async execute(def: JobDefinition, tick: string, trigger: 'SCHEDULE' | 'MANUAL', requestedBy: string | null): Promise<JobRunEntry | null> {
    // A session-level advisory lock lives on one connection: hold a dedicated one for the run.
    const qr = this.ds.createQueryRunner();
    try {
      await qr.connect();
    } catch (e) {
      this.log.warn(`${def.name}: database unavailable, tick ${tick} skipped (${(e as Error).message})`);
      await qr.release().catch(() => undefined);
      return null;
    }
    let locked = false;
    try {
      // 1. Claim the tick: with N instances exactly one INSERT wins.
      const claimed: Array<{ id: string }> = await qr.query(
        `INSERT INTO job_run (job, tick, trigger, instance, requested_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (job, tick) DO NOTHING RETURNING id`, [def.name, tick, trigger, INSTANCE, requestedBy]);
      if (!claimed.length) return null;
      const id = claimed[0].id;
      // 2. Never overlap a run of the same job still going on (a previous tick, anywhere).
      const [{ ok }] = await qr.query(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS ok`, [def.name]);
      locked = ok;
      if (!locked) {
        const [skipped] = await qr.query(
          `UPDATE job_run SET finished_at = now(), outcome = 'SKIPPED', error = 'previous run still running' WHERE id = $1 RETURNING ${RUN_COLUMNS}`, [id]);
        return toEntry(skipped[0]);
      }
      let outcome: 'OK' | 'FAILED' = 'OK';
      let counts: Record<string, number> = {};
      let error: string | null = null;
      try {
        counts = await def.run();
      } catch (e) {
        outcome = 'FAILED';
        error = (e as Error).message?.slice(0, 2000) ?? String(e);
        this.log.error(`${def.name} failed: ${error}`);
      }
      // TypeORM returns [rows, rowCount] for an UPDATE.
      const [rows] = await qr.query(
        `UPDATE job_run SET finished_at = now(), outcome = $2, counts = $3, error = $4 WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
        [id, outcome, JSON.stringify(counts), error]);
      return toEntry(rows[0]);
    } catch (e) {
      this.log.warn(`${def.name}: tick ${tick} not run (${(e as Error).message})`);
      return null;
    } finally {
      if (locked) await qr.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [def.name]).catch(() => undefined);
      await qr.release().catch(() => undefined);
    }
  }
}

export function toEntry(r: Record<string, unknown>): JobRunEntry {
  return {
    id: r['id'] as string, job: r['job'] as string, tick: r['tick'] as string, trigger: r['trigger'] as 'SCHEDULE' | 'MANUAL',
    instance: r['instance'] as string, startedAt: new Date(r['started_at'] as string).toISOString(),
    finishedAt: r['finished_at'] ? new Date(r['finished_at'] as string).toISOString() : null,
    outcome: r['outcome'] as JobRunEntry['outcome'], counts: (r['counts'] as Record<string, number>) ?? {},
    error: (r['error'] as string | null) ?? null, requestedBy: (r['requested_by'] as string | null) ?? null,
  };
}
