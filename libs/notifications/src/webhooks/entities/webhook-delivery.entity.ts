import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { NotificationKind } from '../../notification-kinds';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'GAVE_UP'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one webhook. UNIQUE(webhook, event key) makes planning the same event twice a
 * no-op; the body is frozen at planning time so every retry sends the same body (and the same
 * X-Sprintgate-Delivery id, which receivers use to drop a repeat after a crash mid-request).
 */
@Entity('webhook_delivery')
@Index('webhook_delivery_event_uq', ['webhookId', 'eventKey'], { unique: true })
@Index('webhook_delivery_listing_idx', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  @Column({ type: 'text' })
  eventKey: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The JSON body exactly as sent, {id, kind, occurredAt, data}: text, so every retry signs the same bytes. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'PENDING' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Set while one worker is sending an attempt: a crashed attempt can be taken over once it lapses. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
