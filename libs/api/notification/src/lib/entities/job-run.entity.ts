import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobOutcome } from '@kompeten/shared/contract';

/**
 * One row per executed tick of a scheduled job. The unique (job, tick) is what makes a tick run once
 * across N API instances: every instance fires, only the one whose INSERT wins runs the body.
 */
@Entity('job_run')
@Index('job_run_job_tick_key', ['job', 'tick'], { unique: true })
@Index('job_run_started_at_idx', ['startedAt'])
@Check('job_run_outcome_check', `"outcome" IN ('RUNNING', 'OK', 'FAILED', 'SKIPPED')`)
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') job!: string;
  @Column('text') tick!: string;
  @Column({ type: 'text', default: 'SCHEDULE' }) trigger!: 'SCHEDULE' | 'MANUAL';
  @Column('text') instance!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'text', default: 'RUNNING' }) outcome!: JobOutcome;
  @Column({ type: 'jsonb', default: () => "'{}'" }) counts!: Record<string, number>;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'uuid', nullable: true }) requestedBy!: string | null;
}
