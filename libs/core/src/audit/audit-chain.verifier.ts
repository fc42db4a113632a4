import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditChainer } from './audit-chainer';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainVerification {
  valid: boolean;
  checkedEvents: number;
  firstBrokenSeq: number | null;
}

interface ChainRow {
  seq: string;
  chain_pos: string;
  at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: unknown;
  prev_hash: string;
  hash: string;
}

/**
 * First links every committed event (so nothing committed escapes the check), then walks the
 * chain from position 1 in pages. A link is broken when its position is not the next number
 * (a deleted event), its prevHash is not the previous link's hash (a deleted, inserted or moved
 * event), or its own hash does not match its content (an altered event). Reports the seq of the
 * first event whose link fails: the altered or moved event itself, or for a deletion the event
 * that follows the hole (docs/audit-chain.md).
 */
@Injectable()
export class AuditChainVerifier {
  private static readonly PAGE = 2000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly chainer: AuditChainer,
  ) {}

  async verify(): Promise<ChainVerification> {
    await this.chainer.chainPending();
    let expectedPos = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const page: ChainRow[] = await this.dataSource.query(
        `SELECT seq, chain_pos, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash FROM audit_event
          WHERE chain_pos >= $1 ORDER BY chain_pos LIMIT ${AuditChainVerifier.PAGE}`,
        [expectedPos],
      );
      for (const row of page) {
        const seq = Number(row.seq);
        const link = {
          seq,
          at: row.at,
          actorId: row.actor_id,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          data: row.data,
        };
        if (Number(row.chain_pos) !== expectedPos || row.prev_hash !== prevHash || auditHash(prevHash, link) !== row.hash) {
          return { valid: false, checkedEvents: checked, firstBrokenSeq: seq };
        }
        checked += 1;
        expectedPos += 1;
        prevHash = row.hash;
      }
      if (page.length < AuditChainVerifier.PAGE) return { valid: true, checkedEvents: checked, firstBrokenSeq: null };
    }
  }
}
