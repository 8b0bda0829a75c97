import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { JobRegistry } from '@kompeten/api/notification';

const LOCK = `hashtext('kompeten.import.' || $1)`;
/** A job this young may not have taken its lock yet (it starts just after the 202 answer). */
const GRACE_SECONDS = 30;

/**
 * Every background import holds a session-level advisory lock named after its job for as long as it
 * runs, on the connection of its transaction. If the process dies (kill -9, OOM, power), PostgreSQL
 * ends that session, rolls the transaction back — nothing partial remains — and frees the lock.
 */
export async function holdImportLock(qr: QueryRunner, jobId: string): Promise<void> {
  await qr.query(`SELECT pg_advisory_lock(${LOCK})`, [jobId]);
}

/** Session locks outlive a pooled connection's release: always unlock before releasing it. */
export async function releaseImportLock(qr: QueryRunner, jobId: string): Promise<void> {
  await qr.query(`SELECT pg_advisory_unlock(${LOCK})`, [jobId]).catch(() => undefined);
}

/**
 * Marks imports FAILED ("interrupted") whose lock nobody holds any more: their process is gone, so
 * the web app stops showing a progress bar forever and the user is told to run the file again. Runs
 * at every start and each minute; safe with several instances (a live import's lock is held).
 */
@Injectable()
export class InterruptedImportSweeper implements OnModuleInit, OnApplicationBootstrap {
  private readonly log = new Logger('Imports');

  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly jobs: JobRegistry) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'imports.mark-interrupted',
      description: 'Menandai impor yang terputus (server berhenti di tengah impor) sebagai gagal; tidak ada data yang tersimpan sebagian',
      everySeconds: 60,
      run: async () => ({ interrupted: await this.sweep() }),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const n = await this.sweep().catch(() => 0);
    if (n) this.log.warn(`${n} import(s) interrupted by a previous stop marked as failed`);
  }

  async sweep(graceSeconds = GRACE_SECONDS): Promise<number> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      const running: Array<{ id: string }> = await qr.query(
        `SELECT id FROM import_job WHERE status = 'RUNNING' AND started_at < now() - make_interval(secs => $1)`, [graceSeconds]);
      let n = 0;
      for (const { id } of running) {
        const [{ free }] = await qr.query(`SELECT pg_try_advisory_lock(${LOCK}) AS free`, [id]);
        if (!free) continue;
        try {
          const [, count] = await qr.query(
            `UPDATE import_job SET status = 'FAILED', finished_at = now(),
                    error = 'Impor terputus karena server berhenti; tidak ada data yang disimpan. Jalankan impor sekali lagi.'
              WHERE id = $1 AND status = 'RUNNING'`, [id]);
          n += Number(count ?? 0);
        } finally {
          await releaseImportLock(qr, id);
        }
      }
      return n;
    } finally {
      await qr.release();
    }
  }
}
