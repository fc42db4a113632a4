import { TransactionRunner, Tx } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService } from '@app/solicitations';
import { screenBid, SubmissionEvaluationStateService, VendorStandingService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { AssignmentWithdrawalService } from './assignment-withdrawal.service';
import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { SubmissionScreeningEntity } from './entities/submission-screening.entity';

export interface RescreenOutcome {
  screenedOut: number;
  /** Challenges whose ranking was dropped to be computed again without the screened-out bids. */
  reranked: number;
}

/**
 * A revocation during evaluation (docs/product.md, docs/sovereignty.md): every bid of that vendor
 * still in evaluation (ELIGIBLE or EVALUATED on an EVALUATING challenge) is judged again with the
 * one eligibility rule; a failing bid becomes SCREENED_OUT with its reasons (audited, and its
 * screening row rewritten so the vendor and officer read why) and its open assignments are
 * withdrawn (no evaluator scores it any more). A ranking that counted it is
 * dropped and computed again; when nothing eligible is left, the challenge ends in NO_AWARD.
 */
@Injectable()
export class RevocationRescreenService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
    private readonly standing: VendorStandingService,
    private readonly withdrawals: AssignmentWithdrawalService,
  ) {}

  async rescreenVendor(organisationId: string): Promise<RescreenOutcome> {
    const outcome: RescreenOutcome = { screenedOut: 0, reranked: 0 };
    const bids = await this.transactions.run(null, (tx) => this.submissions.ofVendor(tx, organisationId, ['ELIGIBLE', 'EVALUATED']));
    for (const challengeId of new Set(bids.map((b) => b.challengeId))) {
      const changed = await this.transactions.run(null, (tx) => this.rescreenChallenge(tx, challengeId, organisationId));
      outcome.screenedOut += changed.screenedOut;
      outcome.reranked += changed.reranked;
    }
    return outcome;
  }

  private async rescreenChallenge(tx: Tx, challengeId: string, organisationId: string): Promise<RescreenOutcome> {
    const challenge = await this.lifecycle.lock(tx, challengeId);
    if (!challenge || challenge.status !== 'EVALUATING') return { screenedOut: 0, reranked: 0 };
    const inPlay = await this.submissions.ofChallenge(tx, challengeId, ['ELIGIBLE', 'EVALUATED']);
    let screenedOut = 0;
    for (const bid of inPlay.filter((s) => s.vendorOrganisationId === organisationId)) {
      const standing = await this.standing.ofBid(bid);
      const result = screenBid(standing, challenge, bid, tx.now);
      if (result.eligible) continue;
      await tx.manager.update(
        SubmissionScreeningEntity,
        { submissionId: bid.id },
        {
          eligible: false,
          tier: result.tier,
          reasons: result.reasons,
          attestationId: standing.attestation?.id ?? null,
          screenedAt: tx.now,
        },
      );
      await tx.manager.update(SubmissionResultEntity, { submissionId: bid.id }, { rank: null, recommended: false });
      if (await this.submissions.markScreenedOutDuringEvaluation(tx, bid, result.reasons)) screenedOut += 1;
      await this.withdrawals.withdrawOpenOf(tx, bid.id, 'the bid was screened out during evaluation');
    }
    if (!screenedOut) return { screenedOut: 0, reranked: 0 };
    return { screenedOut, reranked: await this.recompute(tx, challenge, inPlay.length - screenedOut) };
  }

  /** Drops the ranking (and every rank on it) so the rank job computes it again from who is left. */
  private async recompute(tx: Tx, challenge: ChallengeEntity, stillInPlay: number): Promise<number> {
    if (!stillInPlay) {
      await this.lifecycle.markNoAward(tx, challenge, { reason: 'every eligible submission was screened out during evaluation' });
      return 0;
    }
    const dropped = await tx.manager.delete(ChallengeRankingEntity, { challengeId: challenge.id });
    await tx.manager.update(SubmissionResultEntity, { challengeId: challenge.id }, { rank: null, recommended: false });
    if (dropped.affected)
      tx.audit({
        action: 'evaluation.ranking-dropped',
        entityType: 'Challenge',
        entityId: challenge.id,
        data: { reason: 'a bid was screened out during evaluation' },
      });
    tx.emit('evaluation.rank', { challengeId: challenge.id });
    return dropped.affected ? 1 : 0;
  }
}
