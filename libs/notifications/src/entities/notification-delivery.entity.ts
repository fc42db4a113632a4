import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_CHANNELS = ['EMAIL', 'DIGEST'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * One message to send outside the app. UNIQUE(event_key, recipient, channel) is the exactly-once key:
 * - EMAIL: one mail (an immediate notification, or a daily digest whose event key is `digest:<date>`);
 *   `sentAt` is set once the SMTP server accepted it, and a sent row is never sent again.
 * - DIGEST: a notification waiting for its recipient's daily digest; `digestKey` is set when a digest
 *   mail gathers it.
 */
@Entity('notification_delivery')
@Index('notification_delivery_key_uq', ['eventKey', 'recipientUserId', 'channel'], { unique: true })
@Index('notification_delivery_unsent_idx', ['eventKey'], { where: 'sent_at IS NULL' })
@Index('notification_delivery_digest_pending_idx', ['recipientUserId'], { where: `channel = 'DIGEST' AND digest_key IS NULL` })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  eventKey: string;

  @Column({ type: 'uuid' })
  recipientUserId: string;

  @Column({ type: 'text' })
  channel: DeliveryChannel;

  /** The notification it carries; null for a digest mail (it carries several). */
  @Column({ type: 'uuid', nullable: true })
  notificationId: string | null;

  /** DIGEST rows: the digest mail that gathered this notification. */
  @Column({ type: 'text', nullable: true })
  digestKey: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
