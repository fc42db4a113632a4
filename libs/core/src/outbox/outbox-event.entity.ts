import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to run after the transaction that wrote it commits. The worker's relay publishes it to
 * BullMQ with jobId = id (so publishing twice enqueues once) and the processor marks it processed.
 * PostgreSQL is the source of truth: a row not processed is republished after a Redis flush.
 */
@Entity('outbox_event')
@Index('outbox_event_unpublished_idx', ['createdAt'], { where: 'published_at IS NULL' })
@Index('outbox_event_unprocessed_idx', ['publishedAt'], { where: 'processed_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Not before this instant (a deadline); null to run at once. */
  @Column({ type: 'timestamptz', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  /** Times the relay re-sent this row because its job ended failed (bounded by OUTBOX_MAX_REDELIVERIES). */
  @Column({ type: 'integer', default: 0 })
  redeliveries: number;

  /** Set when the relay stopped re-sending a failing job: an alert until an operator replays it. */
  @Column({ type: 'timestamptz', nullable: true })
  gaveUpAt: Date | null;
}
