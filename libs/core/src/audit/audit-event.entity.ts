import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { bigintTransformer } from '../database/bigint.transformer';

/**
 * One link of the tamper-evident chain. Rows are append-only: a trigger refuses UPDATE, DELETE
 * and TRUNCATE. `seq` is gapless (assigned under a lock), so a deleted row is a visible gap.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintTransformer })
  seq: number;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
