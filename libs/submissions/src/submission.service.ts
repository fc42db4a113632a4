import {
  Actor,
  AppError,
  AuditChainer,
  canonicalJson,
  conflict,
  forbidden,
  invalidState,
  isUuid,
  notFound,
  throwIfProblems,
  TransactionRunner,
} from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { type ChallengeEntity, ChallengeQueryService, lockChallengeForBid } from '@app/solicitations';
import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

import { SubmitProposalInput } from './dto/submission.inputs';
import { milestonePlanProblems } from './engine/milestone-plan';
import { screen } from './engine/screening';
import { SubmissionEntity } from './entities/submission.entity';
import { SubmissionRequestEntity } from './entities/submission-request.entity';
import { SubmissionRevisionEntity } from './entities/submission-revision.entity';
import { OPEN_BID_STATUSES, writeBidRevision } from './submission-writes';
import { SubmissionsPolicy } from './submissions.policy';
import { ProposalContent } from './submissions.types';
import { challengeRules, type VendorStanding, VendorStandingService } from './vendor-standing.service';

/**
 * Bidding: submit (or revise) and withdraw. The challenge row is locked FOR UPDATE for the whole
 * transaction and the deadline is compared with the database clock after the lock is held, so no
 * bid can commit once the closer (which takes the same lock) has closed the challenge.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly challenges: ChallengeQueryService,
    private readonly standing: VendorStandingService,
    private readonly documents: DocumentAttachmentService,
    private readonly auditChainer: AuditChainer,
  ) {}

  async submit(actor: Actor, input: SubmitProposalInput): Promise<SubmissionEntity> {
    if (!SubmissionsPolicy.canBid(actor)) throw forbidden('Only vendor users submit proposals');
    const content: ProposalContent = {
      summary: input.summary.trim(),
      technicalApproach: input.technicalApproach,
      priceMinor: input.price.amountMinor,
      currency: input.price.currency,
      durationDays: input.durationDays,
      milestones: input.milestones?.map((m) => ({ title: m.title, dueInDays: m.dueInDays, sharePercent: m.sharePercent })) ?? null,
    };
    const problems = [
      ...(content.summary ? [] : ['summary must not be blank']),
      ...(content.technicalApproach.trim() ? [] : ['technicalApproach must not be blank']),
      ...(content.milestones ? milestonePlanProblems(content.priceMinor, content.milestones).map((p) => `milestones: ${p}`) : []),
    ];
    throwIfProblems(problems);
    // Documents are part of the sealed bid: their SHA-256 values (and names) enter the content hash,
    // so the idempotency comparison and the audit trail cover them. Without any, the hash is as before.
    const documentIds = input.documentIds ?? [];
    const sealed: ProposalContent = documentIds.length
      ? { ...content, documents: await this.documents.fingerprints(actor, documentIds) }
      : content;
    const contentHash = createHash('sha256')
      .update(canonicalJson({ challengeId: input.challengeId, ...sealed }))
      .digest('hex');
    // Read before the transaction: the attestation and organisation are not what the lock guards.
    const standing = await this.standing.ofActor(actor);

    // The transaction opens with the challenge lock, which also reads the clocks (one statement);
    // visibility from the attestation just read for screening: the same rule, one read fewer.
    const submission = await this.transactions.runOpening(
      actor,
      (manager) => lockChallengeForBid(manager, actor, standing.attestation, input.challengeId),
      async (tx, { challenge, lockedAt }) => {
        const key = input.idempotencyKey?.trim();
        if (key) {
          const earlier = await tx.manager.findOneBy(SubmissionRequestEntity, {
            vendorOrganisationId: actor.organisationId,
            idempotencyKey: key,
          });
          if (earlier) {
            if (earlier.contentHash !== contentHash) throw conflict('This idempotencyKey was already used with different content');
            return { submission: await tx.manager.findOneByOrFail(SubmissionEntity, { id: earlier.submissionId }), written: false };
          }
        }
        const acceptedAt = this.assertOpen(challenge, lockedAt);

        this.assertEligible(standing, challenge, content, tx.now);
        const attestation = standing.attestation!; // eligible implies an attestation in force

        // The vendor's open bid gets a new revision (one awaiting confirmation after an amendment is
        // SUBMITTED again), or a first one is created; with its revision row, idempotency record and
        // audit event (sealed bid: the audit trail, readable by auditors before close, gets no price
        // or content, only the content hash).
        const { submission, hasLiveDocuments } = await writeBidRevision(tx, {
          challengeId: challenge.id,
          vendorOrganisationId: actor.organisationId,
          content,
          sealed,
          frozen: {
            attestationId: attestation.id,
            attestationHash: attestation.hash,
            submittedByUserId: actor.userId,
            submittedAt: acceptedAt,
          },
          idempotencyKey: key || null,
          contentHash,
          actorId: actor.userId,
        });
        // A revision replaces the documents: exactly these are live, and they are the ones hashed
        // above. Nothing to do when there were none and there are none.
        if (hasLiveDocuments || documentIds.length)
          await this.documents.replaceSubmissionDocuments(tx, actor, submission.id, submission.revision, documentIds);
        return { submission, written: true };
      },
    );
    // The bid's audit event was written by the bid's own statement: link it soon, as after any commit.
    if (submission.written) this.auditChainer.nudge();
    return submission.submission;
  }

  /**
   * After an amendment (docs/product.md, "Amendments"): the vendor confirms its bid unchanged, which
   * is a new revision with the same content, judged by the same rule as any bid, before the deadline.
   */
  async confirm(actor: Actor, id: string): Promise<SubmissionEntity> {
    if (!SubmissionsPolicy.canBid(actor)) throw forbidden('Only vendor users confirm proposals');
    const standing = await this.standing.ofActor(actor);
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(SubmissionEntity, { id }) : null;
      if (!found || !SubmissionsPolicy.isOwnVendor(actor, found)) throw notFound('Submission');
      const challenge = await this.challenges.lockVisible(tx.manager, actor, found.challengeId);
      const submission = await tx.manager.findOneByOrFail(SubmissionEntity, { id });
      if (submission.status !== 'NEEDS_CONFIRMATION')
        throw invalidState(`Only a bid awaiting confirmation after an amendment can be confirmed (this one is ${submission.status})`);
      const acceptedAt = this.assertOpen(challenge, await tx.clockNow());
      const content: ProposalContent = {
        summary: submission.summary,
        technicalApproach: submission.technicalApproach,
        priceMinor: submission.priceMinor,
        currency: submission.currency,
        durationDays: submission.durationDays,
        milestones: submission.milestones,
      };
      this.assertEligible(standing, challenge, content, tx.now);
      const attestation = standing.attestation!;
      const frozen = {
        attestationId: attestation.id,
        attestationHash: attestation.hash,
        submittedByUserId: actor.userId,
        submittedAt: acceptedAt,
      };
      Object.assign(submission, frozen, { revision: submission.revision + 1, status: 'SUBMITTED' });
      await tx.manager.save(submission);
      await tx.manager.insert(SubmissionRevisionEntity, {
        submissionId: id,
        revision: submission.revision,
        content: content as never,
        ...frozen,
      });
      const contentHash = createHash('sha256')
        .update(canonicalJson({ challengeId: challenge.id, ...content }))
        .digest('hex');
      tx.audit({
        action: 'submission.confirmed',
        entityType: 'Submission',
        entityId: id,
        data: { challengeId: challenge.id, revision: submission.revision, contentHash, attestationHash: attestation.hash },
      });
      return submission;
    });
  }

  async withdraw(actor: Actor, id: string): Promise<SubmissionEntity> {
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(SubmissionEntity, { id }) : null;
      if (!found || !SubmissionsPolicy.isOwnVendor(actor, found)) throw notFound('Submission');
      const challenge = await this.challenges.lockVisible(tx.manager, actor, found.challengeId);
      const submission = await tx.manager.findOneByOrFail(SubmissionEntity, { id });
      if (!OPEN_BID_STATUSES.includes(submission.status)) throw invalidState(`A ${submission.status} submission cannot be withdrawn`);
      this.assertOpen(challenge, await tx.clockNow());
      Object.assign(submission, { status: 'WITHDRAWN', withdrawnAt: tx.now });
      await tx.manager.save(submission);
      tx.audit({ action: 'submission.withdrawn', entityType: 'Submission', entityId: id, data: { challengeId: challenge.id } });
      return submission;
    });
  }

  /** The one eligibility rule (`screen`) for a bid at this price, now; NOT_ELIGIBLE with its reasons otherwise. */
  private assertEligible(standing: VendorStanding, challenge: ChallengeEntity, content: ProposalContent, now: Date): void {
    const outcome = screen({
      ...standing,
      challenge: challengeRules(challenge),
      price: { amountMinor: content.priceMinor, currency: content.currency },
      now,
    });
    if (!outcome.eligible)
      throw new AppError('NOT_ELIGIBLE', `Not eligible: ${outcome.reasons.join('; ')}`, { reasons: outcome.reasons, tier: outcome.tier });
  }

  /**
   * Bids are accepted while the challenge is PUBLISHED and its deadline is ahead, judged at
   * clock_timestamp() read once the challenge's lock was held (not the transaction's start: the
   * lock may have been waited for); it is also the instant the bid counts as submitted.
   */
  private assertOpen(challenge: ChallengeEntity, now: Date): Date {
    const passed = challenge.submissionDeadline.getTime() <= now.getTime();
    if (challenge.status === 'PUBLISHED' && !passed) return now;
    if (passed || challenge.closedAt)
      throw new AppError('DEADLINE_PASSED', `Submissions closed at ${challenge.submissionDeadline.toISOString()}`);
    throw invalidState(`Submissions are not open on a ${challenge.status} challenge`);
  }
}
