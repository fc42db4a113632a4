import { TransactionRunner, Tx } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService } from '@app/solicitations';
import { screenBid, SubmissionEvaluationStateService, VendorStandingService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { SubmissionScreeningEntity } from './entities/submission-screening.entity';

export type ScreenOutcome = 'EVALUATING' | 'NO_AWARD' | 'SKIPPED';

/**
 * Screening at close (docs/product.md step 1): every live submission is judged again with the same pure
 * function as on submit, against the vendor's standing now (current attestation, the frozen version's
 * status, suspension) and, for a bid left unconfirmed after an amendment, screened out with that
 * reason. Runs once per challenge: only a
 * CLOSED challenge is screened, and screening moves it on (EVALUATING, or NO_AWARD when nothing
 * is eligible) in the same transaction.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
    private readonly standing: VendorStandingService,
  ) {}

  screenChallenge(challengeId: string): Promise<ScreenOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'CLOSED') return 'SKIPPED';
      const live = await this.submissions.lockLiveOfChallenge(tx, challengeId);
      let eligible = 0;
      for (const submission of live) {
        const standing = await this.standing.ofBid(submission);
        const outcome = screenBid(standing, challenge, submission, tx.now);
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(SubmissionScreeningEntity)
          .values({
            submissionId: submission.id,
            challengeId,
            eligible: outcome.eligible,
            tier: outcome.tier,
            reasons: outcome.reasons,
            attestationId: standing.attestation?.id ?? null,
            screenedAt: tx.now,
          })
          .orIgnore()
          .execute();
        await this.submissions.markScreened(tx, submission, outcome.eligible, outcome.reasons);
        if (outcome.eligible) eligible += 1;
      }
      return this.moveOn(tx, challenge, live.length, eligible);
    });
  }

  private async moveOn(tx: Tx, challenge: ChallengeEntity, screened: number, eligible: number): Promise<ScreenOutcome> {
    if (eligible === 0) {
      await this.lifecycle.markNoAward(tx, challenge, {
        reason: screened ? 'no submission passed screening at close' : 'no submissions',
        screened,
      });
      return 'NO_AWARD';
    }
    await this.lifecycle.startEvaluation(tx, challenge, { screened, eligible });
    tx.emit('evaluation.assign', { challengeId: challenge.id });
    return 'EVALUATING';
  }
}
