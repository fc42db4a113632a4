import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { NotificationKind } from '../../notification-kinds';

/**
 * An organisation's webhook: where to POST the events it subscribed to. The secret is kept (not
 * hashed) because every delivery is signed with it; it is shown to the organisation only once,
 * in the registration answer. Deleting keeps the row (deleted_at) so deliveries keep their history.
 */
@Entity('webhook')
@Index('webhook_organisation_idx', ['organisationId', 'createdAt'], { where: 'deleted_at IS NULL' })
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  url: string;

  /** Notification kinds this webhook receives. */
  @Column({ type: 'text', array: true })
  events: NotificationKind[];

  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Failed attempts in a row across its deliveries; a success resets it, WEBHOOK_DISABLE_AFTER_FAILURES disables. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
