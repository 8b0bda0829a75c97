import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { FUNCTIONAL_LEVELS, POSITION_TYPES, type FunctionalLevel, type PositionType } from '@kompeten/shared/contract';
import { UnitEntity } from './unit.entity';
import { sqlList } from './sql-list';

const LEVELS = [...FUNCTIONAL_LEVELS.FUNGSIONAL_KEAHLIAN, ...FUNCTIONAL_LEVELS.FUNGSIONAL_KETERAMPILAN];

/** Jabatan in a unit, with jenis/jenjang and kelas jabatan (grade). */
@Entity('position')
@Check('position_type_check', `"type" IN (${sqlList(POSITION_TYPES)})`)
@Check('position_functional_level_check', `"functional_level" IS NULL OR "functional_level" IN (${sqlList(LEVELS)})`)
@Check('position_grade_check', `"grade" BETWEEN 1 AND 17`)
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('position_unit_id_idx') @Column('uuid') unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'position_unit_id_fkey' })
  unit?: UnitEntity;
  @Index('position_code_key', { unique: true }) @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) type!: PositionType;
  @Column({ type: 'text', nullable: true }) functionalLevel!: FunctionalLevel | null;
  @Column({ type: 'int' }) grade!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ default: 1 }) version!: number;
}
