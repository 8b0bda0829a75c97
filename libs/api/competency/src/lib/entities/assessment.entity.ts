import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AssessmentMethod, AssessmentStatus } from '@kompeten/shared/contract';

/**
 * Append-only assessment events: a correction is a new event or a void with a reason; a trigger in
 * the migration refuses DELETE and any UPDATE other than voiding.
 */
@Entity('competency_assessment')
@Index('competency_assessment_employee_lineage_idx', ['employeeId', 'lineageId', 'assessedAt'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') employeeId!: string;
  @Column('uuid') competencyId!: string;
  @Column('uuid') lineageId!: string;
  @Column('uuid') frameworkId!: string;
  @Column({ type: 'int', nullable: true }) level!: number | null;
  @Column('text') method!: AssessmentMethod;
  @Column({ type: 'uuid', nullable: true }) assessorUserId!: string | null;
  @Column({ type: 'text', nullable: true }) assessorName!: string | null;
  @Column('date') assessedAt!: string;
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ type: 'text', default: 'FINAL' }) status!: AssessmentStatus;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'text', nullable: true }) voidReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) voidedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) sourceRef!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** Derived cache of the current level per employee × competency lineage, rewritten with every assessment write. */
@Entity('employee_competency')
@Index('employee_competency_lineage_idx', ['lineageId'])
export class EmployeeCompetencyEntity {
  @PrimaryColumn('uuid') employeeId!: string;
  @PrimaryColumn('uuid') lineageId!: string;
  @Column({ type: 'int', nullable: true }) level!: number | null;
  @Column({ type: 'uuid', nullable: true }) sourceAssessmentId!: string | null;
  @Column({ type: 'text', nullable: true }) method!: AssessmentMethod | null;
  @Column({ type: 'date', nullable: true }) assessedAt!: string | null;
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** Per-agency policy: how the current level is chosen and how JPM is computed and categorised. */
@Entity('competency_policy')
export class CompetencyPolicyEntity {
  @PrimaryColumn('text') key!: string;
  @Column({ type: 'text', default: 'LATEST' }) levelPolicy!: 'LATEST' | 'HIGHEST' | 'METHOD_PRIORITY';
  @Column({ type: 'boolean', default: false }) countSelf!: boolean;
  @Column({ type: 'text', default: 'NO_COMPENSATION' }) jpmVariant!: 'NO_COMPENSATION' | 'CAPPED_RATIO';
  @Column({ type: 'text', default: 'PEMETAAN' }) purpose!: 'PEMETAAN' | 'UJI_KOMPETENSI';
  /** Null = the defaults of domain-asn.md §1.5 (DEFAULT_CATEGORY_THRESHOLDS). */
  @Column({ type: 'jsonb', nullable: true }) thresholds!: { UJI_KOMPETENSI: { MS: number; MMS: number }; PEMETAAN: { O: number; CO: number } };
  @Column({ type: 'int', default: 36 }) defaultValidityMonths!: number;
}
