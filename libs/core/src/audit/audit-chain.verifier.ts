import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';

import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainVerification {
  valid: boolean;
  checkedEvents: number;
  firstBrokenSeq: number | null;
}

/**
 * Walks the chain from seq 1 in pages. A link is broken when its seq is not the next number
 * (a deleted row), its prevHash is not the previous row's hash (reordered or deleted rows), or
 * its own hash does not match its content (an altered row). Reports the first broken seq.
 */
@Injectable()
export class AuditChainVerifier {
  private static readonly PAGE = 2000;

  constructor(private readonly dataSource: DataSource) {}

  async verify(): Promise<ChainVerification> {
    const repo = this.dataSource.getRepository(AuditEventEntity);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const page = await repo.find({ where: { seq: MoreThan(expectedSeq - 1) }, order: { seq: 'ASC' }, take: AuditChainVerifier.PAGE });
      for (const row of page) {
        if (row.seq !== expectedSeq) return { valid: false, checkedEvents: checked, firstBrokenSeq: expectedSeq };
        if (row.prevHash !== prevHash || auditHash(prevHash, row) !== row.hash) {
          return { valid: false, checkedEvents: checked, firstBrokenSeq: row.seq };
        }
        checked += 1;
        expectedSeq += 1;
        prevHash = row.hash;
      }
      if (page.length < AuditChainVerifier.PAGE) return { valid: true, checkedEvents: checked, firstBrokenSeq: null };
    }
  }
}
