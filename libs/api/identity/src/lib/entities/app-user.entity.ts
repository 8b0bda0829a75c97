import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Language, Role } from '@kompeten/shared/contract';

@Entity('app_user')
@Index('app_user_username_key', { synchronize: false }) // unique on lower(username), created in the migration
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) username!: string;
  @Column({ type: 'text' }) displayName!: string;
  @Column({ type: 'text' }) passwordHash!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) roles!: Role[];
  @Index('app_user_employee_id_idx') @Column({ type: 'uuid', nullable: true }) employeeId!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'boolean', default: false }) mustChangePassword!: boolean;
  @Column({ type: 'int', default: 0 }) failedLogins!: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @Column({ type: 'text', default: 'id' }) language!: Language;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ default: 1 }) version!: number;
}
