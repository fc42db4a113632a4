import { Actor, badInput, invalidState, isUuid, notFound, TransactionRunner } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService, SolicitationsPolicy } from '@app/solicitations';
import { SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';

/**
 * No award (docs/product.md): after ranking, the buyer's officer may decide that no bid is awarded,
 * with a reason kept on the challenge. The challenge becomes NO_AWARD, every evaluated bid
 * NOT_AWARDED (so each bidder reads its result and debrief), and nothing is issued.
 */
@Injectable()
export class NoAwardService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
  ) {}

  decide(actor: Actor, challengeId: string, rawReason: string): Promise<ChallengeEntity> {
    const reason = rawReason.trim();
    return this.transactions.run(actor, async (tx) => {
      const challenge = isUuid(challengeId) ? await this.lifecycle.lock(tx, challengeId) : null;
      if (!challenge || !SolicitationsPolicy.isBuyerOfficer(actor, challenge)) throw notFound('Challenge');
      if (!reason) throw badInput('reason is required to decide no award');
      if (reason.length > 4000) throw badInput('reason must be at most 4000 characters');
      const ranking = await tx.manager.findOneBy(ChallengeRankingEntity, { challengeId });
      if (challenge.status !== 'EVALUATING' || !ranking)
        throw invalidState(
          `No award is decided on a ranked challenge in EVALUATING (this one is ${challenge.status}${ranking ? '' : ', not ranked yet'})`,
        );
      await this.submissions.markNoAward(tx, challengeId);
      Object.assign(ranking, { awardedSubmissionIds: [], decidedByUserId: actor.userId, decidedAt: tx.now });
      await tx.manager.save(ranking);
      challenge.noAwardReason = reason;
      return this.lifecycle.markNoAward(tx, challenge, { reason, decidedByUserId: actor.userId });
    });
  }
}
