import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MailCategory, MailStatus } from '@kompeten/shared/contract';

/**
 * The transactional outbox: a row is written in the same transaction as the change that causes it,
 * rendered at that moment in the recipient's language. `event_key` is unique, so one event can never
 * queue two messages; the drain derives the SMTP Message-ID from it, so a resend after a crash is
 * recognisable as a duplicate by the receiving side.
 */
@Entity('mail_outbox')
@Index('mail_outbox_event_key_key', ['eventKey'], { unique: true })
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: `"status" IN ('QUEUED', 'RETRY', 'SENDING')` })
@Index('mail_outbox_created_at_idx', ['createdAt'])
@Check('mail_outbox_status_check', `"status" IN ('QUEUED', 'SENDING', 'RETRY', 'SENT', 'DEAD', 'SUPPRESSED', 'NO_ADDRESS')`)
@Check('mail_outbox_category_check', `"category" IN ('ESSENTIAL', 'REMINDER', 'DIGEST')`)
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventKey!: string;
  @Column('text') template!: string;
  @Column('text') category!: MailCategory;
  @Column({ type: 'uuid', nullable: true }) recipientUserId!: string | null;
  @Column({ type: 'text', nullable: true }) recipientEmail!: string | null;
  @Column({ type: 'text', nullable: true }) recipientName!: string | null;
  @Column({ type: 'text', default: 'id' }) language!: 'id' | 'en';
  @Column('text') subject!: string;
  @Column('text') bodyText!: string;
  @Column('text') bodyHtml!: string;
  @Column({ type: 'text', default: 'QUEUED' }) status!: MailStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  /** While SENDING: the claim expires here, so a crashed drain's rows are picked up again. */
  @Column({ type: 'timestamptz', nullable: true }) leaseUntil!: Date | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'text', nullable: true }) messageId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
