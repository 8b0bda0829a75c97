import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CompetencyKind } from '@kompeten/shared/contract';

@Entity('competency_group')
@Unique('competency_group_framework_id_code_key', ['frameworkId', 'code'])
export class CompetencyGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') frameworkId!: string;
  @Index('competency_group_parent_id_idx') @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text') kind!: CompetencyKind;
  @Column({ type: 'int', default: 0 }) sortOrder!: number;
  @Column('uuid') caseIdentifier!: string;
}
