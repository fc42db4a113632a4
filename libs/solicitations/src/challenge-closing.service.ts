import { TransactionRunner } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ChallengeLifecycleService } from './challenge-lifecycle.service';
import { canTransition } from './engine/challenge-transitions';
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
    private readonly lifecycle: ChallengeLifecycleService,
  ) {}

  closeIfDue(challengeId: string): Promise<CloseOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await tx.manager.findOne(ChallengeEntity, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge || !canTransition(challenge.status, 'close') || challenge.submissionDeadline > tx.now) return 'SKIPPED';
      challenge.closedAt = tx.now;
      await this.lifecycle.move(tx, challenge, 'close', { submissionDeadline: challenge.submissionDeadline });
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
