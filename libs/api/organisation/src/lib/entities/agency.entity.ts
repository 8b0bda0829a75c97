import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Instansi: the government body that owns a unit tree (e.g. Pemerintah Provinsi DKI Jakarta). */
@Entity('agency')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('agency_code_key', { unique: true }) @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
