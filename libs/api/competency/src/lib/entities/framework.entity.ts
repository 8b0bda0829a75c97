import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { FrameworkStatus } from '@kompeten/shared/contract';

/**
 * A versioned kamus kompetensi. Published and used versions are frozen: an edit creates the next
 * draft version, and assessments keep pointing at the version they were made against.
 */
@Entity('competency_framework')
@Unique('competency_framework_code_version_key', ['code', 'version'])
// At most one draft per code: a partial unique index written in the migration.
@Index('competency_framework_code_draft_key', { synchronize: false })
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'text', default: 'DRAFT' }) status!: FrameworkStatus;
  @Index('competency_framework_agency_id_idx') @Column({ type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) previousVersionId!: string | null;
  @Column({ type: 'text', nullable: true }) sourceUrl!: string | null;
  @Index('competency_framework_case_identifier_key', { unique: true }) @Column('uuid') caseIdentifier!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ default: 1 }) rowVersion!: number;
}
