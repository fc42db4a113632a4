import { Actor, ClockService, hasRole, isUuid, notFound, TransactionRunner } from '@app/core';
import { ChallengeQueryService } from '@app/solicitations';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';

import { screen, ScreeningOutcome } from './engine/screening';
import { SubmissionEntity } from './entities/submission.entity';
import { EVALUATOR_ACCESS, EvaluatorAccess } from './evaluator-access';
import { SubmissionsPolicy } from './submissions.policy';
import { challengeRules, VendorStandingService } from './vendor-standing.service';

/** Reads of submissions under the sealed-bid rules, the vendor's eligibility pre-check, and batch reads for loaders. */
@Injectable()
export class SubmissionQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly challenges: ChallengeQueryService,
    private readonly standing: VendorStandingService,
    private readonly clock: ClockService,
    @Optional() @Inject(EVALUATOR_ACCESS) private readonly evaluatorAccess?: EvaluatorAccess,
  ) {}

  mine(actor: Actor): Promise<SubmissionEntity[]> {
    return this.dataSource
      .getRepository(SubmissionEntity)
      .find({ where: { vendorOrganisationId: actor.organisationId }, order: { submittedAt: 'DESC', id: 'DESC' } });
  }

  /** One submission if the sealed-bid rules let the actor see it; otherwise NOT_FOUND, and the attempt audited. */
  async findVisible(actor: Actor, id: string): Promise<SubmissionEntity> {
    const submission = isUuid(id) ? await this.dataSource.getRepository(SubmissionEntity).findOneBy({ id }) : null;
    if (!submission) throw notFound('Submission');
    const [challenge] = await this.challenges.findByIds([submission.challengeId]);
    if (challenge && SubmissionsPolicy.canSee(actor, submission, challenge)) return submission;
    if (challenge && SubmissionsPolicy.evaluatorMaySee(actor, await this.evaluatorMayRead(actor, submission.id))) return submission;
    await this.auditDenied(actor, 'Submission', submission.id, { challengeId: submission.challengeId });
    throw notFound('Submission');
  }

  private async evaluatorMayRead(actor: Actor, submissionId: string): Promise<boolean> {
    if (!this.evaluatorAccess || !hasRole(actor, 'EVALUATOR')) return false;
    return (await this.evaluatorAccess.readableSubmissionIds(actor.userId, [submissionId])).has(submissionId);
  }

  /** Live and withdrawn submissions of many challenges at once; the caller filters by policy. */
  ofChallenges(challengeIds: readonly string[]): Promise<SubmissionEntity[]> {
    return this.dataSource
      .getRepository(SubmissionEntity)
      .find({ where: { challengeId: In([...challengeIds]) }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** Live (not withdrawn) submissions of one challenge, for the evaluation workflow after close. */
  liveOfChallenge(challengeId: string): Promise<SubmissionEntity[]> {
    return this.dataSource
      .getRepository(SubmissionEntity)
      .find({ where: { challengeId, status: Not('WITHDRAWN') }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<SubmissionEntity[]> {
    return this.dataSource.getRepository(SubmissionEntity).find({ where: { id: In(ids.filter((id) => isUuid(id))) } });
  }

  /** The vendor's pre-check: the same screening as on submit, without a price. */
  async eligibility(actor: Actor, challengeId: string): Promise<ScreeningOutcome> {
    const challenge = await this.challenges.findVisible(actor, challengeId);
    const [standing, now] = await Promise.all([this.standing.of(actor.organisationId), this.clock.now()]);
    return screen({ ...standing, challenge: challengeRules(challenge), price: null, now });
  }

  /** Sealed bids: a refused look is itself a fact worth keeping (who tried to see what, and when). */
  auditDenied(actor: Actor, entityType: string, entityId: string, data: Record<string, unknown>): Promise<void> {
    return this.auditDeniedMany(actor, [{ entityType, entityId, data }]);
  }

  /** Several refusals of one request in one transaction (a page of sealed challenges is one write). */
  auditDeniedMany(
    actor: Actor,
    refusals: readonly { entityType: string; entityId: string; data: Record<string, unknown> }[],
  ): Promise<void> {
    return this.transactions.run(actor, async (tx) => {
      for (const { entityType, entityId, data } of refusals) {
        tx.audit({ action: 'submission.access-denied', entityType, entityId, data: { ...data, roles: [...actor.roles] } });
      }
    });
  }
}
