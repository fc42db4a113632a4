import { TransactionRunner, Tx } from '@app/core';
import { IdentityService } from '@app/identity';
import { type ChallengeEntity, ChallengeLifecycleService } from '@app/solicitations';
import { AttestationService, effectiveStatus, toAnswerMap } from '@app/sovereignty';
import { challengeRules, screen, type ScreeningInput, type SubmissionEntity, SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { SubmissionScreeningEntity } from './entities/submission-screening.entity';

export type ScreenOutcome = 'EVALUATING' | 'NO_AWARD' | 'SKIPPED';

/**
 * Screening at close (docs/product.md step 1): every live submission is judged again with the same pure
 * function as on submit, against its attestation as it stands now. Runs once per challenge: only a
 * CLOSED challenge is screened, and screening moves it on (EVALUATING, or NO_AWARD when nothing
 * is eligible) in the same transaction.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
    private readonly identity: IdentityService,
    private readonly attestations: AttestationService,
  ) {}

  screenChallenge(challengeId: string): Promise<ScreenOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'CLOSED') return 'SKIPPED';
      const live = await this.submissions.lockLiveOfChallenge(tx, challengeId);
      const standings = await this.standings(live, tx.now);
      let eligible = 0;
      for (const submission of live) {
        const standing = standings.get(submission.id)!;
        const outcome = screen({
          ...standing.input,
          challenge: challengeRules(challenge),
          price: { amountMinor: submission.priceMinor, currency: submission.currency },
          now: tx.now,
        });
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
            attestationId: standing.attestationId,
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

  /**
   * The attestation judged for each bid: the version it froze, with its effective status (so a
   * CHALLENGED, REVOKED or lapsed one fails); if the vendor has since re-attested (the frozen one
   * SUPERSEDED, e.g. to answer a challenge), the version that replaced it.
   */
  private async standings(
    live: SubmissionEntity[],
    now: Date,
  ): Promise<Map<string, { input: Pick<ScreeningInput, 'vendor' | 'attestation'>; attestationId: string | null }>> {
    const vendorIds = [...new Set(live.map((s) => s.vendorOrganisationId))];
    const [organisations, frozen] = await Promise.all([
      this.identity.findOrganisations(vendorIds),
      this.attestations.findByIds(live.map((s) => s.attestationId)),
    ]);
    const result = new Map<string, { input: Pick<ScreeningInput, 'vendor' | 'attestation'>; attestationId: string | null }>();
    for (const submission of live) {
      const organisation = organisations.find((o) => o.id === submission.vendorOrganisationId);
      const vendor = { country: organisation?.country ?? '??', smeClass: organisation?.smeClass ?? null };
      const own = frozen.find((a) => a.id === submission.attestationId);
      let attestation: ScreeningInput['attestation'] = null;
      let attestationId: string | null = null;
      if (own && own.status !== 'SUPERSEDED') {
        attestation = { status: effectiveStatus(own, now), answers: toAnswerMap(own.answers), expiresAt: own.expiresAt };
        attestationId = own.id;
      } else {
        const current = await this.attestations.currentForOrganisation(submission.vendorOrganisationId);
        attestation = current && { status: current.status, answers: current.answers, expiresAt: current.expiresAt };
        attestationId = current?.id ?? null;
      }
      result.set(submission.id, { input: { vendor, attestation }, attestationId });
    }
    return result;
  }
}
