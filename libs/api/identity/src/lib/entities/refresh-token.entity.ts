import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Refresh tokens are stored hashed and rotated on every use. All tokens descended from one sign-in
 * share a family; presenting an already-rotated token revokes the whole family (reuse detection).
 */
@Entity('refresh_token')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('refresh_token_user_id_idx') @Column('uuid') userId!: string;
  @Index('refresh_token_family_id_idx') @Column('uuid') familyId!: string;
  @Index('refresh_token_token_hash_key', { unique: true }) @Column({ type: 'text' }) tokenHash!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) revokedReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
