import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EMPLOYEE_STATUSES, EMPLOYMENT_TYPES, GENDERS, type EmployeeStatus, type EmploymentType, type Gender } from '@kompeten/shared/contract';
import { GOLONGAN } from '@kompeten/shared/domain';
import { UnitEntity } from './unit.entity';
import { PositionEntity } from './position.entity';
import { sqlList } from './sql-list';

/** A civil servant (PNS, CPNS or PPPK). The NIP is kept as 18 characters, never as a number. */
@Entity('employee')
// gin (lower(name) gin_trgm_ops): case-insensitive substring search on names; created in the migration.
@Index('employee_name_trgm_idx', { synchronize: false })
// (nip bpchar_pattern_ops): NIP prefix search whatever the collation; created in the migration.
@Index('employee_nip_pattern_idx', { synchronize: false })
@Check('employee_gender_check', `"gender" IN (${sqlList(GENDERS)})`)
@Check('employee_employment_type_check', `"employment_type" IN (${sqlList(EMPLOYMENT_TYPES)})`)
@Check('employee_status_check', `"status" IN (${sqlList(EMPLOYEE_STATUSES)})`)
@Check('employee_golongan_check', `"golongan" IN (${sqlList(GOLONGAN.map((g) => g.code))})`)
@Check('employee_nip_check', `"nip" ~ '^[0-9]{18}$'`)
@Check('employee_supervisor_id_check', `"supervisor_id" IS NULL OR "supervisor_id" <> "id"`)
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('employee_nip_key', { unique: true }) @Column({ type: 'char', length: 18 }) nip!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) frontTitle!: string | null;
  @Column({ type: 'text', nullable: true }) backTitle!: string | null;
  @Column({ type: 'char', length: 1 }) gender!: Gender;
  @Column({ type: 'date' }) birthDate!: string;
  @Column({ type: 'text', nullable: true }) birthPlace!: string | null;
  @Column({ type: 'text' }) golongan!: string;
  @Column({ type: 'text' }) employmentType!: EmploymentType;
  @Column({ type: 'text', default: 'ACTIVE' }) status!: EmployeeStatus;
  @Index('employee_unit_id_idx') @Column('uuid') unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'employee_unit_id_fkey' })
  unit?: UnitEntity;
  @Index('employee_position_id_idx') @Column({ type: 'uuid', nullable: true }) positionId!: string | null;
  @ManyToOne(() => PositionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'employee_position_id_fkey' })
  position?: PositionEntity | null;
  @Index('employee_supervisor_id_idx') @Column({ type: 'uuid', nullable: true }) supervisorId!: string | null;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'employee_supervisor_id_fkey' })
  supervisor?: EmployeeEntity | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ default: 1 }) version!: number;
}
