import { bigintTransformer } from '@app/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far the notification relay has read the audit chain: the last `chain_pos` whose notifications
 * are recorded. Moved in the same transaction as the notifications it covers, so a crash re-reads
 * exactly the events whose notifications were not committed. One row (`name = 'audit'`).
 */
@Entity('notification_relay_cursor')
export class NotificationRelayCursorEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  position: number;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
