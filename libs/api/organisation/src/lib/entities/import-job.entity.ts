import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportJob, ImportReport } from '@kompeten/shared/contract';
import { AppUserEntity } from '@kompeten/api/identity';

/** A bulk import run; `processed` is updated between chunks outside the import transaction so clients can poll. */
@Entity('import_job')
@Check('import_job_status_check', `"status" IN ('RUNNING', 'SUCCEEDED', 'FAILED')`)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text', default: 'RUNNING' }) status!: ImportJob['status'];
  @Column({ type: 'int', default: 0 }) processed!: number;
  @Column({ type: 'int', default: 0 }) total!: number;
  @Column({ type: 'jsonb', nullable: true }) report!: ImportReport | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Index('import_job_created_by_idx') @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'import_job_created_by_fkey' })
  creator?: AppUserEntity | null;
}
