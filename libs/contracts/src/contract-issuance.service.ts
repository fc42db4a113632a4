import { TransactionRunner } from '@app/core';
import { ChallengeLifecycleService } from '@app/solicitations';
import { AwardedSubmissionsService } from '@app/submissions';
import { DEFAULT_MILESTONE_PLAN } from '@app/submissions';
import { Injectable, Logger } from '@nestjs/common';

import { ContractWriter } from './contract-writer';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { standstillEnd } from './standstill';

export interface IssueOutcome {
  issued: number;
  awarded: boolean;
}

const NOTHING: IssueOutcome = { issued: 0, awarded: false };

/**
 * Turns an award into phase-1 contracts (docs/product.md "Iterative micro-contracts"). Runs from the
 * 'contracts.issue' job, so any number of times: in one transaction it locks the challenge, then
 * its winning bids, re-reads which already hold a contract and issues only the missing ones; the
 * unique index on a phase-1 contract's submission is the last word if that reasoning ever fails.
 */
@Injectable()
export class ContractIssuanceService {
  private readonly logger = new Logger('ContractIssuance');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly awarded: AwardedSubmissionsService,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly writer: ContractWriter,
  ) {}

  /**
   * The sweeper behind 'contracts.issue': an AWARD_PENDING challenge is an award whose contracts are
   * not all issued yet, whatever happened to its job (failed after stalling twice, flushed away).
   * One challenge failing does not hold up the others; it is logged and retried next sweep. A
   * challenge whose issuance is in progress (its row locked) is skipped, not waited for.
   */
  async issuePending(): Promise<{ challenges: number; issued: number; failed: number }> {
    const pending = await this.transactions.run(null, (tx) => this.lifecycle.idsInStatus(tx, ['AWARD_PENDING']));
    const outcome = { challenges: pending.length, issued: 0, failed: 0 };
    for (const challengeId of pending) {
      try {
        outcome.issued += (await this.issueForChallenge(challengeId, { skipLocked: true })).issued;
      } catch (error) {
        outcome.failed += 1;
        this.logger.error(`issuing contracts for challenge ${challengeId} failed: ${(error as Error).message}`);
      }
    }
    if (outcome.issued) this.logger.warn(`contract sweep issued ${outcome.issued} contract(s) a job had not`);
    return outcome;
  }

  issueForChallenge(challengeId: string, options: { skipLocked?: boolean } = {}): Promise<IssueOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId, options);
      // Only an award still waiting for its contracts; a cancelled or finished one is left alone.
      if (!challenge || challenge.status !== 'AWARD_PENDING') return NOTHING;
      if (!challenge.awardedAt) throw new Error(`challenge ${challengeId} is AWARD_PENDING without awardedAt`);
      // Until signature the schedule starts at the earliest signature: the end of the standstill.
      const scheduleFrom = standstillEnd(challenge.awardedAt, challenge.standstillDays);

      const winners = await this.awarded.lockAwardedOf(tx.manager, challengeId);
      const existing = await tx.manager.find(MicroContractEntity, { where: { challengeId, phase: 1 }, select: { submissionId: true } });
      const done = new Set(existing.map((c) => c.submissionId));
      let issued = 0;
      for (const bid of winners) {
        if (done.has(bid.id)) continue;
        await this.writer.issue(tx, {
          challengeId,
          buyerOrganisationId: challenge.buyerOrganisationId,
          vendorOrganisationId: bid.vendorOrganisationId,
          submissionId: bid.id,
          phase: 1,
          parentId: null,
          title: challenge.title,
          valueMinor: bid.priceMinor,
          currency: bid.currency,
          justification: null,
          plan: bid.milestones?.length ? bid.milestones : DEFAULT_MILESTONE_PLAN(bid.durationDays),
          dueFrom: scheduleFrom,
        });
        issued += 1;
      }
      // Every winner now holds its contract (issued above or by an earlier run): the award is complete.
      const awarded = winners.length > 0 && (await this.lifecycle.markAwarded(tx, challengeId));
      if (issued) this.logger.log(`issued ${issued} contract(s) for challenge ${challengeId}`);
      return { issued, awarded };
    });
  }
}
