import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MailCategory } from '@kompeten/shared/contract';
import { AppUserEntity } from '@kompeten/api/identity';

/** Optional mail categories a user turned off (the language lives on app_user). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid') userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preference_user_id_fkey' })
  user?: AppUserEntity;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) mutedCategories!: MailCategory[];
}
