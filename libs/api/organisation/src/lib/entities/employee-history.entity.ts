import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployeeEntity } from './employee.entity';
import { UnitEntity } from './unit.entity';
import { PositionEntity } from './position.entity';

/**
 * Riwayat jabatan/unit: one row per placement. The open row (effective_to IS NULL) is the current
 * placement; `effective_to` is the effective date of the next placement (exclusive end).
 */
@Entity('employee_history')
@Index('employee_history_employee_id_idx', ['employeeId', 'effectiveFrom'])
// Partial unique (employee_id) WHERE effective_to IS NULL: at most one open row; created in the migration.
@Index('employee_history_open_key', { synchronize: false })
@Check('employee_history_period_check', `"effective_to" IS NULL OR "effective_to" >= "effective_from"`)
export class EmployeeHistoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') employeeId!: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'employee_history_employee_id_fkey' })
  employee?: EmployeeEntity;
  @Index('employee_history_unit_id_idx') @Column('uuid') unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'employee_history_unit_id_fkey' })
  unit?: UnitEntity;
  @Index('employee_history_position_id_idx') @Column({ type: 'uuid', nullable: true }) positionId!: string | null;
  @ManyToOne(() => PositionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'employee_history_position_id_fkey' })
  position?: PositionEntity | null;
  @Column({ type: 'date' }) effectiveFrom!: string;
  @Column({ type: 'date', nullable: true }) effectiveTo!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
