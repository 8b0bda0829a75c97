import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UNIT_KINDS, type UnitKind } from '@kompeten/shared/contract';
import { AgencyEntity } from './agency.entity';
import { sqlList } from './sql-list';

/**
 * Unit kerja. `path` is the materialised chain of ids ('/<root>/<child>/') so a whole subtree is one
 * prefix match (HR scope, subtree filters, moves) instead of a recursive query per request.
 */
@Entity('unit')
@Index('unit_agency_id_code_key', ['agencyId', 'code'], { unique: true })
// (path text_pattern_ops) so `path LIKE '/a/b/%'` uses the index whatever the collation; created in the migration.
@Index('unit_path_idx', { synchronize: false })
@Check('unit_kind_check', `"kind" IN (${sqlList(UNIT_KINDS)})`)
@Check('unit_depth_check', `"depth" >= 0`)
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') agencyId!: string;
  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'unit_agency_id_fkey' })
  agency?: AgencyEntity;
  @Index('unit_parent_id_idx') @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'unit_parent_id_fkey' })
  parent?: UnitEntity | null;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: UnitKind;
  @Column({ type: 'text' }) path!: string;
  @Column({ type: 'int' }) depth!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ default: 1 }) version!: number;
}
