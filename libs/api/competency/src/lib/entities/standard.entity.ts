import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { FunctionalLevel, PositionType } from '@kompeten/shared/contract';

/**
 * Standar kompetensi jabatan: for one position, or a template for a jabatan type (and jenjang)
 * applied to every position of that type without its own standard. Versioned by effective dates.
 */
@Entity('position_standard')
@Index('position_standard_position_id_idx', ['positionId', 'effectiveFrom'])
@Index('position_standard_template_idx', ['positionType', 'functionalLevel', 'effectiveFrom'])
export class PositionStandardEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') frameworkId!: string;
  @Column({ type: 'uuid', nullable: true }) positionId!: string | null;
  @Column({ type: 'text', nullable: true }) positionType!: PositionType | null;
  @Column({ type: 'text', nullable: true }) functionalLevel!: FunctionalLevel | null;
  @Column('text') name!: string;
  @Column('date') effectiveFrom!: string;
  @Column({ type: 'date', nullable: true }) effectiveTo!: string | null;
  @Column({ type: 'uuid', nullable: true }) agencyId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn({ default: 1 }) rowVersion!: number;
}

@Entity('position_requirement')
export class PositionRequirementEntity {
  @PrimaryColumn('uuid') standardId!: string;
  @PrimaryColumn('uuid') competencyId!: string;
  @Column('int') requiredLevel!: number;
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) weight!: number;
  @Column({ type: 'boolean', default: false }) essential!: boolean;
}
