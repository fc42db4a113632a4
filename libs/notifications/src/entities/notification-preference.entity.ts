import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { NotificationKind } from '../notification-kinds';

export const EMAIL_DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type EmailDeliveryName = (typeof EMAIL_DELIVERIES)[number];

/** A user's email choice for one kind; no row = IMMEDIATE. In-app notifications are always on. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  email: EmailDeliveryName;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
