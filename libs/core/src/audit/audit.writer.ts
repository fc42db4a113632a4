import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import type { AuditRecord } from './audit-actions';

export type { AuditRecord } from './audit-actions';

/**
 * Inserts events inside the caller's transaction, so an event exists iff its transaction commits.
 * No lock: seq comes from a sequence and the chain links (position, hashes) are filled in after
 * commit by the AuditChainer, so concurrent writers never queue behind each other
 * (docs/audit-chain.md). One statement per CHUNK events: 4 parameters each stays far below
 * PostgreSQL's 65,535 per statement (a whole-challenge step or an award over 10,000+ bids).
 */
@Injectable()
export class AuditWriter {
  static readonly CHUNK = 5000;

  async append(manager: EntityManager, actorId: string | null, records: AuditRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += AuditWriter.CHUNK) {
      await this.insert(manager, actorId, records.slice(i, i + AuditWriter.CHUNK));
    }
  }

  private async insert(manager: EntityManager, actorId: string | null, records: AuditRecord[]): Promise<void> {
    const params: unknown[] = [actorId];
    const rows = records.map((record) => {
      const base = params.length;
      params.push(record.action, record.entityType, record.entityId, JSON.stringify(record.data));
      return `(date_trunc('milliseconds', now()), $1::uuid, $${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}::jsonb)`;
    });
    // A multi-row VALUES list takes its sequence numbers in list order: the events keep their order.
    await manager.query(`INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, data) VALUES ${rows.join(', ')}`, params);
  }
}
