import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobRegistry } from './job-registry';

/** Keeps job_run from growing without bound: the drain alone records ~17,000 runs a day. */
@Injectable()
export class HousekeepingJobs implements OnModuleInit {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly jobs: JobRegistry) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'jobs.prune-runs',
      description: 'Menghapus riwayat tugas terjadwal yang berhasil dan lebih tua dari 30 hari',
      cron: '15 2 * * *',
      run: async () => {
        const [, pruned] = await this.ds.query(
          `DELETE FROM job_run WHERE outcome = 'OK' AND started_at < now() - interval '30 days'`);
        return { pruned: Number(pruned ?? 0) };
      },
    });
  }
}
