import {
  Actor,
  AppError,
  canonicalJson,
  conflict,
  forbidden,
  invalidState,
  isUuid,
  notFound,
  throwIfProblems,
  TransactionRunner,
  Tx,
} from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { type ChallengeEntity, ChallengeQueryService } from '@app/solicitations';
import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';
import { In } from 'typeorm';

import { SubmitProposalInput } from './dto/submission.inputs';
import { milestonePlanProblems } from './engine/milestone-plan';
import { screen } from './engine/screening';
import { SubmissionEntity } from './entities/submission.entity';
import { SubmissionRequestEntity } from './entities/submission-request.entity';
import { SubmissionRevisionEntity } from './entities/submission-revision.entity';
import { SubmissionsPolicy } from './submissions.policy';
import { ProposalContent, type SubmissionStatusName } from './submissions.types';

/** A bid the vendor may still revise or withdraw while submissions are open. */
const OPEN_BID_STATUSES: SubmissionStatusName[] = ['SUBMITTED', 'NEEDS_CONFIRMATION'];
import { challengeRules, VendorStandingService } from './vendor-standing.service';

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
    const standing = await this.standing.of(actor.organisationId);

    return this.transactions.run(actor, async (tx) => {
      const challenge = await this.challenges.lockVisible(tx.manager, actor, input.challengeId);
      const key = input.idempotencyKey?.trim();
      if (key) {
        const earlier = await tx.manager.findOneBy(SubmissionRequestEntity, {
          vendorOrganisationId: actor.organisationId,
          idempotencyKey: key,
        });
        if (earlier) {
          if (earlier.contentHash !== contentHash) throw conflict('This idempotencyKey was already used with different content');
          return tx.manager.findOneByOrFail(SubmissionEntity, { id: earlier.submissionId });
        }
      }
      const acceptedAt = await this.assertOpen(tx, challenge);

      const outcome = screen({
        ...standing,
        challenge: challengeRules(challenge),
        price: { amountMinor: content.priceMinor, currency: content.currency },
        now: tx.now,
      });
      if (!outcome.eligible)
        throw new AppError('NOT_ELIGIBLE', `Not eligible: ${outcome.reasons.join('; ')}`, { reasons: outcome.reasons, tier: outcome.tier });
      const attestation = standing.attestation!; // eligible implies an attestation in force

      // A bid awaiting confirmation after an amendment is revised the same way (and is SUBMITTED again).
      let submission = await tx.manager.findOne(SubmissionEntity, {
        where: { challengeId: challenge.id, vendorOrganisationId: actor.organisationId, status: In(OPEN_BID_STATUSES) },
      });
      const frozen = {
        attestationId: attestation.id,
        attestationHash: attestation.hash,
        submittedByUserId: actor.userId,
        submittedAt: acceptedAt,
      };
      if (submission) {
        Object.assign(submission, content, frozen, { revision: submission.revision + 1, status: 'SUBMITTED' });
        await tx.manager.save(submission);
      } else {
        submission = tx.manager.create(SubmissionEntity, {
          ...content,
          ...frozen,
          challengeId: challenge.id,
          vendorOrganisationId: actor.organisationId,
          status: 'SUBMITTED',
          revision: 1,
          createdAt: tx.now,
        });
        await tx.manager.save(submission);
      }
      // A revision replaces the documents: exactly these are live, and they are the ones hashed above.
      await this.documents.replaceSubmissionDocuments(tx, actor, submission.id, submission.revision, documentIds);
      await tx.manager.insert(SubmissionRevisionEntity, {
        submissionId: submission.id,
        revision: submission.revision,
        content: sealed as never,
        ...frozen,
      });
      if (key) {
        await tx.manager.insert(SubmissionRequestEntity, {
          vendorOrganisationId: actor.organisationId,
          idempotencyKey: key,
          contentHash,
          submissionId: submission.id,
          revision: submission.revision,
          createdAt: tx.now,
        });
      }
      // Sealed bid: the audit trail (readable by auditors before close) gets no price or content.
      tx.audit({
        action: submission.revision === 1 ? 'submission.submitted' : 'submission.revised',
        entityType: 'Submission',
        entityId: submission.id,
        data: { challengeId: challenge.id, revision: submission.revision, contentHash, attestationHash: attestation.hash },
      });
      return submission;
    });
  }

  /**
   * After an amendment (docs/product.md, "Amendments"): the vendor confirms its bid unchanged, which
   * is a new revision with the same content, judged by the same rule as any bid, before the deadline.
   */
  async confirm(actor: Actor, id: string): Promise<SubmissionEntity> {
    if (!SubmissionsPolicy.canBid(actor)) throw forbidden('Only vendor users confirm proposals');
    const standing = await this.standing.of(actor.organisationId);
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(SubmissionEntity, { id }) : null;
      if (!found || !SubmissionsPolicy.isOwnVendor(actor, found)) throw notFound('Submission');
      const challenge = await this.challenges.lockVisible(tx.manager, actor, found.challengeId);
      const submission = await tx.manager.findOneByOrFail(SubmissionEntity, { id });
      if (submission.status !== 'NEEDS_CONFIRMATION')
        throw invalidState(`Only a bid awaiting confirmation after an amendment can be confirmed (this one is ${submission.status})`);
      const acceptedAt = await this.assertOpen(tx, challenge);
      const content: ProposalContent = {
        summary: submission.summary,
        technicalApproach: submission.technicalApproach,
        priceMinor: submission.priceMinor,
        currency: submission.currency,
        durationDays: submission.durationDays,
        milestones: submission.milestones,
      };
      const outcome = screen({
        ...standing,
        challenge: challengeRules(challenge),
        price: { amountMinor: content.priceMinor, currency: content.currency },
        now: tx.now,
      });
      if (!outcome.eligible)
        throw new AppError('NOT_ELIGIBLE', `Not eligible: ${outcome.reasons.join('; ')}`, { reasons: outcome.reasons, tier: outcome.tier });
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
      await this.assertOpen(tx, challenge);
      Object.assign(submission, { status: 'WITHDRAWN', withdrawnAt: tx.now });
      await tx.manager.save(submission);
      tx.audit({ action: 'submission.withdrawn', entityType: 'Submission', entityId: id, data: { challengeId: challenge.id } });
      return submission;
    });
  }

  /**
   * Bids are accepted while the challenge is PUBLISHED and its deadline is ahead. clock_timestamp()
   * (not the transaction's start) because the lock may have been waited for; it is also the
   * instant the bid counts as submitted.
   */
  private async assertOpen(tx: Tx, challenge: ChallengeEntity): Promise<Date> {
    const now = await tx.clockNow();
    const passed = challenge.submissionDeadline.getTime() <= now.getTime();
    if (challenge.status === 'PUBLISHED' && !passed) return now;
    if (passed || challenge.closedAt)
      throw new AppError('DEADLINE_PASSED', `Submissions closed at ${challenge.submissionDeadline.toISOString()}`);
    throw invalidState(`Submissions are not open on a ${challenge.status} challenge`);
  }
}
