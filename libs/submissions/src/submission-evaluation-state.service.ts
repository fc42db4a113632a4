import { AuditAction, AuditRecord, invalidState, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';

import { SubmissionEntity } from './entities/submission.entity';
import type { SubmissionStatusName } from './submissions.types';

/** The audit action recording each move the evaluation workflow drives. */
const MOVE_ACTIONS = {
  ELIGIBLE: 'submission.eligible',
  SCREENED_OUT: 'submission.screened-out',
  EVALUATED: 'submission.evaluated',
  AWARDED: 'submission.awarded',
  NOT_AWARDED: 'submission.not-awarded',
} as const satisfies Partial<Record<SubmissionStatusName, AuditAction>>;
type EvaluationMoveTarget = keyof typeof MOVE_ACTIONS;

/**
 * The status moves the evaluation workflow drives, inside the caller's transaction (so each move
 * commits with the evaluation rows, audit events and jobs that justify it). Each move states the
 * status it starts from; a row already past it is left alone and reported as not moved, which is
 * what keeps a job that runs twice from changing anything.
 */
@Injectable()
export class SubmissionEvaluationStateService {
  /** Live (not withdrawn) submissions of a challenge, oldest first, locked FOR UPDATE. */
  lockLiveOfChallenge(tx: Tx, challengeId: string): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, {
      where: { challengeId, status: Not('WITHDRAWN') },
      order: { submittedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A challenge's submissions in the given states, read inside the caller's transaction. */
  ofChallenge(tx: Tx, challengeId: string, statuses: SubmissionStatusName[]): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, { where: { challengeId, status: In(statuses) }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** One submission read inside the transaction (no lock: callers lock its challenge first). */
  find(tx: Tx, submissionId: string): Promise<SubmissionEntity | null> {
    return tx.manager.findOneBy(SubmissionEntity, { id: submissionId });
  }

  /** SUBMITTED (or NEEDS_CONFIRMATION, which never passes) → ELIGIBLE or SCREENED_OUT, the outcome of screening at close. */
  async markScreened(tx: Tx, submission: SubmissionEntity, eligible: boolean, reasons: string[]): Promise<boolean> {
    return this.move(tx, submission, ['SUBMITTED', 'NEEDS_CONFIRMATION'], eligible ? 'ELIGIBLE' : 'SCREENED_OUT', { reasons });
  }

  /** ELIGIBLE or EVALUATED → SCREENED_OUT: the vendor no longer qualifies during evaluation (e.g. a revocation). */
  markScreenedOutDuringEvaluation(tx: Tx, submission: SubmissionEntity, reasons: string[]): Promise<boolean> {
    return this.move(tx, submission, ['ELIGIBLE', 'EVALUATED'], 'SCREENED_OUT', { reasons, duringEvaluation: true });
  }

  /** EVALUATED → NOT_AWARDED for every evaluated bid: the officer decided no award. */
  async markNoAward(tx: Tx, challengeId: string): Promise<void> {
    const evaluated = await tx.manager.find(SubmissionEntity, {
      where: { challengeId, status: 'EVALUATED' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const submission of evaluated) await this.move(tx, submission, ['EVALUATED'], 'NOT_AWARDED', { noAward: true });
  }

  /** A vendor's bids in the given states (ids of their challenges tell the caller which to lock). */
  ofVendor(tx: Tx, vendorOrganisationId: string, statuses: SubmissionStatusName[]): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, {
      where: { vendorOrganisationId, status: In(statuses) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** ELIGIBLE → EVALUATED: aggregated, and moderated where the spread demanded it. */
  markEvaluated(tx: Tx, submission: SubmissionEntity, totalScore: number): Promise<boolean> {
    return this.move(tx, submission, ['ELIGIBLE'], 'EVALUATED', { totalScore });
  }

  /** The award decision: the chosen EVALUATED submissions become AWARDED, the other evaluated ones NOT_AWARDED. */
  async markAwardOutcome(tx: Tx, challengeId: string, awardedIds: readonly string[]): Promise<void> {
    const evaluated = await tx.manager.find(SubmissionEntity, {
      where: { challengeId, status: In(['EVALUATED']) },
      lock: { mode: 'pessimistic_write' },
    });
    const missing = awardedIds.filter((id) => !evaluated.some((s) => s.id === id));
    if (missing.length) throw invalidState(`Only EVALUATED submissions of this challenge can be awarded: ${missing.join(', ')}`);
    for (const submission of evaluated) {
      await this.move(tx, submission, ['EVALUATED'], awardedIds.includes(submission.id) ? 'AWARDED' : 'NOT_AWARDED', {});
    }
  }

  private async move(
    tx: Tx,
    submission: SubmissionEntity,
    from: SubmissionStatusName[],
    to: EvaluationMoveTarget,
    data: Record<string, unknown>,
  ): Promise<boolean> {
    if (!from.includes(submission.status)) return false;
    const previous = submission.status;
    await tx.manager.update(SubmissionEntity, { id: submission.id }, { status: to });
    submission.status = to;
    tx.audit({
      action: MOVE_ACTIONS[to],
      entityType: 'Submission',
      entityId: submission.id,
      data: { challengeId: submission.challengeId, from: previous, ...data },
    } as AuditRecord); // the public move methods above pass each target's data
    return true;
  }
}
