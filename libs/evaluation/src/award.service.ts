import { Actor, AppError, invalidState, isUuid, notFound, throwIfProblems, TransactionRunner } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService, SolicitationsPolicy, TIER_NAMES } from '@app/solicitations';
import { AttestationService } from '@app/sovereignty';
import { type SubmissionEntity, SubmissionEvaluationStateService, WinnerEligibilityService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { checkAwardSelection, rankSubmissions } from './engine';
import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { AWARD_VERIFIED_CRITERIA } from './evaluation.types';

/**
 * The award decision (docs/product.md step 7): the buyer's officer approves a set of EVALUATED
 * submissions within budget and maxAwards, justifying any departure from the recommendation; each
 * winner is screened again at that moment (NOT_ELIGIBLE with reasons when it fails); for
 * T2 and above each winner's frozen attestation must have OS-2, OS-6, OS-7 and TS-7 verified.
 * The challenge becomes AWARD_PENDING and the contracts domain is asked to issue contracts.
 */
@Injectable()
export class AwardService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
    private readonly attestations: AttestationService,
    private readonly winnerEligibility: WinnerEligibilityService,
  ) {}

  approve(
    actor: Actor,
    challengeId: string,
    submissionIds: string[],
    rawJustification: string | null | undefined,
  ): Promise<ChallengeEntity> {
    const justification = rawJustification?.trim() || null;
    return this.transactions.run(actor, async (tx) => {
      const challenge = isUuid(challengeId) ? await this.lifecycle.lock(tx, challengeId) : null;
      if (!challenge || !SolicitationsPolicy.isBuyerOfficer(actor, challenge)) throw notFound('Challenge');
      const ranking = await tx.manager.findOneBy(ChallengeRankingEntity, { challengeId });
      if (challenge.status !== 'EVALUATING' || !ranking)
        throw invalidState(
          `An award needs a ranked challenge in EVALUATING (this one is ${challenge.status}${ranking ? '' : ', not ranked yet'})`,
        );
      const evaluated = await this.submissions.ofChallenge(tx, challengeId, ['EVALUATED']);
      const results = await tx.manager.find(SubmissionResultEntity, { where: { challengeId } });
      const scoreOf = new Map(results.map((r) => [r.submissionId, r.totalScore]));
      const ranked = rankSubmissions(
        evaluated.map((s) => ({
          submissionId: s.id,
          totalScore: scoreOf.get(s.id)!,
          priceMinor: s.priceMinor,
          submittedAt: s.submittedAt,
        })),
      );
      const check = checkAwardSelection(submissionIds, ranked, { budgetMinor: challenge.budgetMinor, maxAwards: challenge.maxAwards });
      const problems = check.errors.map((e) =>
        e.replace('is not among the ranked submissions', 'is not an EVALUATED submission of this challenge'),
      );
      if (check.departsFromRecommendation && !justification)
        problems.push('a justification is required when the award departs from the recommendation');
      throwIfProblems(problems);
      const winners = evaluated.filter((s) => submissionIds.includes(s.id));
      await this.winnerEligibility.assertEligible(challenge, winners, tx.now);
      await this.assertVerified(challenge, winners);

      await this.submissions.markAwardOutcome(tx, challengeId, submissionIds);
      Object.assign(ranking, {
        awardedSubmissionIds: submissionIds,
        awardJustification: justification,
        departsFromRecommendation: check.departsFromRecommendation,
        decidedByUserId: actor.userId,
        decidedAt: tx.now,
      });
      await tx.manager.save(ranking);
      await this.lifecycle.markAwardPending(tx, challenge, {
        submissionIds,
        justification,
        departsFromRecommendation: check.departsFromRecommendation,
      });
      tx.emit('contracts.issue', { challengeId });
      return challenge;
    });
  }

  /** docs/sovereignty.md: self-declaration is preliminary; T2+ awards need the key answers verified on the frozen version. */
  private async assertVerified(challenge: ChallengeEntity, winners: SubmissionEntity[]): Promise<void> {
    if (TIER_NAMES.indexOf(challenge.requiredTier) < TIER_NAMES.indexOf('T2')) return;
    const attestations = await this.attestations.findByIds(winners.map((w) => w.attestationId));
    const unverified: Record<string, string[]> = {};
    for (const winner of winners) {
      const answers = attestations.find((a) => a.id === winner.attestationId)?.answers ?? [];
      const missing = AWARD_VERIFIED_CRITERIA.filter((code) => !answers.find((a) => a.code === code)?.verified);
      if (missing.length) unverified[winner.id] = missing;
    }
    if (Object.keys(unverified).length) {
      const detail = Object.entries(unverified).map(([id, codes]) => `submission ${id}: ${codes.join(', ')} not verified`);
      throw new AppError(
        'INVALID_STATE',
        `For ${challenge.requiredTier} the winners' OS-2, OS-6, OS-7 and TS-7 must be verified first: ${detail.join('; ')}`,
        { unverified },
      );
    }
  }
}
