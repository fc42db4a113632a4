import { bigintTransformer } from '@app/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An audit event the notification relay failed on, read alone (docs/product.md, "Notifications"):
 * how often, the last error, and when it was skipped. A row with `skippedAt` is an event whose
 * notifications were never recorded, kept for the operator; without one the relay is still trying.
 * The row of an event that later succeeds is removed in the transaction that records it.
 */
@Entity('notification_relay_failure')
export class NotificationRelayFailureEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintTransformer })
  chainPos: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  auditSeq: number;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'text' })
  lastError: string;

  @Column({ type: 'timestamptz', precision: 3 })
  firstFailedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastFailedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  skippedAt: Date | null;
}
