import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobRunEntry, JobSummary, Page } from '@kompeten/shared/contract';
import { AuditService, Principal, ProblemException } from '@kompeten/api/core';
import { JobRunQueryDto } from '../dto/notification.dto';
import { JobRegistry, RUN_COLUMNS, toEntry } from './job-registry';

@Injectable()
export class JobRunsService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly registry: JobRegistry, private readonly audit: AuditService) {}

  async summaries(): Promise<JobSummary[]> {
    const last: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT DISTINCT ON (job) ${RUN_COLUMNS} FROM job_run ORDER BY job, started_at DESC`);
    const byJob = new Map(last.map((r) => [r['job'] as string, toEntry(r)]));
    return this.registry.list().map((d) => ({
      name: d.name, description: d.description,
      cron: d.cron ?? null, everySeconds: d.everySeconds ?? null,
      lastRun: byJob.get(d.name) ?? null,
    }));
  }

  async runs(q: JobRunQueryDto): Promise<Page<JobRunEntry>> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT ${RUN_COLUMNS}, count(*) OVER () AS total FROM job_run WHERE ($1::text IS NULL OR job = $1)
        ORDER BY started_at DESC, id DESC LIMIT $2 OFFSET $3`, [q.job ?? null, q.limit, q.offset]);
    return { items: rows.map(toEntry), total: Number(rows[0]?.['total'] ?? 0), limit: q.limit, offset: q.offset };
  }

  async runNow(p: Principal, name: string): Promise<JobRunEntry> {
    this.registry.get(name);
    await this.audit.record(this.ds.manager, p, { action: 'RUN', entity: 'job', entityId: name });
    const run = await this.registry.runNow(name, p.id);
    if (!run || run.outcome === 'SKIPPED') throw new ProblemException(409, 'CONFLICT', `Tugas ${name} sedang berjalan; coba lagi setelah selesai`);
    return run;
  }
}
