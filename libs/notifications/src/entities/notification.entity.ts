import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { NotificationKind } from '../notification-kinds';

/**
 * One in-app notification: one recipient hearing of one event. UNIQUE(event_key, recipient) is the
 * exactly-once key of the in-app channel: the relay re-running a batch after a crash inserts nothing twice.
 * Title and body are not stored: they are rendered from `kind` and `params` in the reader's language.
 */
@Entity('notification')
@Index('notification_event_recipient_uq', ['eventKey', 'recipientUserId'], { unique: true })
@Index('notification_inbox_idx', ['recipientUserId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['recipientUserId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The source event: `audit:<seq>` for an audit event, the sweep's key for a time-based alert. */
  @Column({ type: 'text' })
  eventKey: string;

  @Column({ type: 'uuid' })
  recipientUserId: string;

  @Column({ type: 'uuid' })
  recipientOrganisationId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  challengeId: string | null;

  /** Facts the title and body are rendered from (challenge title, reason, content hash…): never a sealed bid's content. */
  @Column({ type: 'jsonb' })
  params: Record<string, string | number | null>;

  /** Console path the notification leads to. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;
}
