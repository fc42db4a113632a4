import { TransactionRunner } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ChallengeEntity } from './entities/challenge.entity';

export type CloseOutcome = 'CLOSED' | 'SKIPPED';

/**
 * Closes challenges at their deadline. Safe to run any number of times and in any order with
 * amendments: it re-reads the locked row and only closes a PUBLISHED challenge whose (current)
 * deadline has passed by the database clock. Submissions lock the same row, so none can commit
 * once the close has.
 */
@Injectable()
export class ChallengeClosingService {
  private readonly logger = new Logger('ChallengeClosing');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  closeIfDue(challengeId: string): Promise<CloseOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await tx.manager.findOne(ChallengeEntity, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge || challenge.status !== 'PUBLISHED' || challenge.submissionDeadline > tx.now) return 'SKIPPED';
      Object.assign(challenge, { status: 'CLOSED', closedAt: tx.now, updatedAt: tx.now });
      await tx.manager.save(challenge);
      tx.audit({
        action: 'challenge.closed',
        entityType: 'Challenge',
        entityId: challenge.id,
        data: { submissionDeadline: challenge.submissionDeadline },
      });
      // Bids are open now: the evaluation workflow screens them again (the first of its jobs).
      tx.emit('evaluation.screen', { challengeId: challenge.id });
      return 'CLOSED';
    });
  }

  /** The safety net: every PUBLISHED challenge past its deadline, whatever happened to its job. */
  async closeAllDue(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM challenge WHERE status = 'PUBLISHED' AND submission_deadline <= now() ORDER BY submission_deadline LIMIT 500`,
    );
    let closed = 0;
    for (const { id } of due) if ((await this.closeIfDue(id)) === 'CLOSED') closed += 1;
    if (closed) this.logger.log(`closed ${closed} challenge(s) past their deadline`);
    return closed;
  }
}
