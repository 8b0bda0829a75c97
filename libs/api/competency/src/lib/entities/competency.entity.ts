import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CompetencyKind } from '@kompeten/shared/contract';

/**
 * A competency in one framework version. `lineageId` is shared by the same competency across
 * versions, so assessments made against an older version still count after re-versioning.
 */
@Entity('competency')
@Unique('competency_framework_id_code_key', ['frameworkId', 'code'])
export class CompetencyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') frameworkId!: string;
  @Index('competency_group_id_idx') @Column('uuid') groupId!: string;
  @Index('competency_lineage_id_idx') @Column('uuid') lineageId!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text') definition!: string;
  @Column('text') kind!: CompetencyKind;
  @Column({ type: 'int', default: 0 }) sortOrder!: number;
  @Column('uuid') caseIdentifier!: string;
}

/** Level descriptor with behavioural indicators; `defined = false` where the level does not exist. */
@Entity('competency_level')
export class CompetencyLevelEntity {
  @PrimaryColumn('uuid') competencyId!: string;
  @PrimaryColumn('int') level!: number;
  @Column({ type: 'boolean', default: true }) defined!: boolean;
  @Column({ type: 'text', default: '' }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) indicators!: string[];
  @Column('uuid') caseIdentifier!: string;
}
