import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

import { bigintTransformer } from '../database/bigint.transformer';

/**
 * One audit event. A state change inserts it in its own transaction (seq from a sequence: unique,
 * increasing in insertion order, with a hole where a transaction rolled back). The chainer then
 * links committed events in the order it finds them: `chainPos` is gapless and `prevHash`/`hash`
 * make the chain tamper-evident (docs/audit-chain.md). Rows are append-only: a trigger refuses
 * UPDATE, DELETE and TRUNCATE, except the chainer's one-time filling of the three chain columns.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'seq'])
@Index('audit_event_chain_pos_uq', ['chainPos'], { unique: true })
@Index('audit_event_unchained_idx', ['seq'], { where: 'chain_pos IS NULL' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
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

  /** Position in the chain (1, 2, 3, … without holes); null until the chainer has linked the event. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer })
  chainPos: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
