import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import type { AuditRecord } from './audit-actions';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export type { AuditRecord } from './audit-actions';

/**
 * Appends events to the chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appenders, so two transactions can never both link to the same predecessor (no fork)
 * and seq stays gapless. The lock is taken last, just before commit, to keep it short.
 */
@Injectable()
export class AuditWriter {
  static readonly LOCK_KEY = 0x5a_0a_0d_17; // arbitrary constant shared by every appender

  async append(manager: EntityManager, actorId: string | null, records: AuditRecord[]): Promise<AuditEventEntity[]> {
    if (!records.length) return [];
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AuditWriter.LOCK_KEY]);
    const [head] = await manager.query(`SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1`);
    const [{ at }] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS at`);
    let seq = head ? Number(head.seq) : 0;
    let prevHash: string = head ? head.hash : GENESIS_HASH;
    const rows: AuditEventEntity[] = [];
    for (const record of records) {
      seq += 1;
      const link = {
        seq,
        at,
        actorId,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        data: record.data as Record<string, unknown>,
      };
      const hash = auditHash(prevHash, link);
      rows.push(manager.create(AuditEventEntity, { ...link, prevHash, hash }));
      prevHash = hash;
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(rows as never[])
      .execute(); // jsonb typed loosely by TypeORM
    return rows;
  }
}
