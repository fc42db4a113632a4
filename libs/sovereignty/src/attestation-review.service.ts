import { Actor, badInput, forbidden, invalidState, isUuid, notFound, TransactionRunner, Tx } from '@app/core';
import { SuspensionService } from '@app/identity';
import { Injectable } from '@nestjs/common';

import { effectiveStatus, mayReview, REVIEW_TRANSITIONS, ReviewAction } from './engine/attestation-status';
import { AttestationEntity } from './entities/attestation.entity';
import { SovereigntyPolicy } from './sovereignty.policy';

/** Reviewers' actions on a signed attestation: each one locks the row, changes it and is audited. */
@Injectable()
export class AttestationReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly suspensions: SuspensionService,
  ) {}

  /** Marks answers whose evidence an officer has seen; the signed content and its hash are unchanged. */
  verifyCriteria(actor: Actor, attestationId: string, codes: readonly string[]): Promise<AttestationEntity> {
    const wanted = [...new Set(codes.map((code) => code.trim()))];
    if (!wanted.length) throw badInput('codes must name at least one criterion');
    return this.review(actor, attestationId, 'verify', async (attestation, tx) => {
      const answered = new Set(attestation.answers.map((answer) => answer.code));
      const unknown = wanted.filter((code) => !answered.has(code));
      if (unknown.length) {
        const problems = unknown.map((code) => `${code} is not a criterion of this attestation`);
        throw badInput(problems.join('; '), problems);
      }
      attestation.answers = attestation.answers.map((answer) => (wanted.includes(answer.code) ? { ...answer, verified: true } : answer));
      await tx.manager.save(attestation);
      tx.audit({
        action: 'attestation.criteria-verified',
        entityType: 'Attestation',
        entityId: attestation.id,
        data: { codes: wanted, verifierId: actor.userId, version: attestation.version },
      });
    });
  }

  challenge(actor: Actor, attestationId: string, rawReason: string): Promise<AttestationEntity> {
    const reason = requireReason(rawReason);
    return this.review(actor, attestationId, 'challenge', async (attestation, tx) => {
      attestation.status = 'CHALLENGED';
      attestation.statusReason = reason;
      await tx.manager.save(attestation);
      tx.audit({
        action: 'attestation.challenged',
        entityType: 'Attestation',
        entityId: attestation.id,
        data: { reason, version: attestation.version },
      });
    });
  }

  /**
   * REVOKED records misrepresentation (ADMIN only): the vendor's bidding is suspended until an ADMIN
   * lifts it, and its bids under evaluation are judged again by the worker (screened out, ranking
   * recomputed); bids not yet screened fail at close.
   */
  revoke(actor: Actor, attestationId: string, rawReason: string): Promise<AttestationEntity> {
    const reason = requireReason(rawReason);
    return this.review(actor, attestationId, 'revoke', async (attestation, tx) => {
      const previousStatus = attestation.status;
      attestation.status = 'REVOKED';
      attestation.statusReason = reason;
      await tx.manager.save(attestation);
      tx.audit({
        action: 'attestation.revoked',
        entityType: 'Attestation',
        entityId: attestation.id,
        data: { reason, previousStatus, version: attestation.version },
      });
      await this.suspensions.suspend(
        tx,
        attestation.vendorOrganisationId,
        `Attestation version ${attestation.version} revoked: ${reason}`,
        attestation.id,
      );
      tx.emit('evaluation.rescreen-vendor', { organisationId: attestation.vendorOrganisationId });
    });
  }

  private review(
    actor: Actor,
    attestationId: string,
    action: ReviewAction,
    change: (attestation: AttestationEntity, tx: Tx) => Promise<void>,
  ): Promise<AttestationEntity> {
    if (!SovereigntyPolicy.canReview(actor, action))
      throw forbidden(
        action === 'revoke' ? 'Only an administrator revokes an attestation' : 'Only officers and admins review attestations',
      );
    if (!isUuid(attestationId)) throw notFound('Attestation');
    return this.transactions.run(actor, async (tx) => {
      const attestation = await tx.manager.findOne(AttestationEntity, {
        where: { id: attestationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!attestation) throw notFound('Attestation');
      // Judged on the effective status: one past its expiry is EXPIRED even if the job has not run.
      const status = effectiveStatus(attestation, tx.now);
      if (!mayReview(action, status)) {
        throw invalidState(`Cannot ${action} an attestation that is ${status}; allowed from ${REVIEW_TRANSITIONS[action].join(' or ')}`, {
          status,
        });
      }
      await change(attestation, tx);
      return attestation;
    });
  }
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badInput('reason must not be empty');
  if (trimmed.length > 4000) throw badInput('reason must be at most 4000 characters');
  return trimmed;
}
