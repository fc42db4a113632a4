// The pure engine only: the contracts module itself depends on submissions.
import { milestonePlanProblems } from '@app/contracts/engine';
import {
  Actor,
  AppError,
  badInput,
  canonicalJson,
  conflict,
  forbidden,
  invalidState,
  isUuid,
  notFound,
  TransactionRunner,
  Tx,
} from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { type ChallengeEntity, ChallengeQueryService } from '@app/solicitations';
import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

import { SubmitProposalInput } from './dto/submission.inputs';
import { screen } from './engine/screening';
import { SubmissionEntity } from './submission.entity';
import { SubmissionRequestEntity } from './submission-request.entity';
import { SubmissionRevisionEntity } from './submission-revision.entity';
import { SubmissionsPolicy } from './submissions.policy';
import { ProposalContent } from './submissions.types';
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
    if (problems.length) throw badInput(problems.join('; '), problems);
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

      let submission = await tx.manager.findOne(SubmissionEntity, {
        where: { challengeId: challenge.id, vendorOrganisationId: actor.organisationId, status: 'SUBMITTED' },
      });
      const frozen = {
        attestationId: attestation.id,
        attestationHash: attestation.hash,
        submittedByUserId: actor.userId,
        submittedAt: acceptedAt,
      };
      if (submission) {
        Object.assign(submission, content, frozen, { revision: submission.revision + 1 });
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

  async withdraw(actor: Actor, id: string): Promise<SubmissionEntity> {
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(SubmissionEntity, { id }) : null;
      if (!found || !SubmissionsPolicy.isOwnVendor(actor, found)) throw notFound('Submission');
      const challenge = await this.challenges.lockVisible(tx.manager, actor, found.challengeId);
      const submission = await tx.manager.findOneByOrFail(SubmissionEntity, { id });
      if (submission.status !== 'SUBMITTED') throw invalidState(`A ${submission.status} submission cannot be withdrawn`);
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
