import { Actor, badInput, forbidden, invalidState, isUuid, notFound, TransactionRunner, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';

import { OrganisationEntity } from './entities/organisation.entity';
import { SuspensionPolicy } from './suspension.policy';

/**
 * A revocation suspends the vendor's bidding until an ADMIN lifts it with a reason
 * (docs/sovereignty.md): a new attestation meanwhile is recorded but does not restore eligibility,
 * because screening reads the suspension, not the attestation alone.
 */
@Injectable()
export class SuspensionService {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Inside the revocation's transaction. An organisation already suspended keeps its first cause. */
  async suspend(tx: Tx, organisationId: string, reason: string, attestationId: string): Promise<void> {
    const organisation = await tx.manager.findOne(OrganisationEntity, {
      where: { id: organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!organisation || organisation.suspendedAt) return;
    Object.assign(organisation, { suspendedAt: tx.now, suspensionReason: reason, suspensionAttestationId: attestationId });
    await tx.manager.save(organisation);
    tx.audit({
      action: 'organisation.suspended',
      entityType: 'Organisation',
      entityId: organisationId,
      data: { reason, attestationId },
    });
  }

  lift(actor: Actor, organisationId: string, rawReason: string): Promise<OrganisationEntity> {
    if (!SuspensionPolicy.canLift(actor)) throw forbidden('Only an administrator lifts a suspension');
    const reason = rawReason.trim();
    if (!reason) throw badInput('reason is required to lift a suspension');
    if (reason.length > 4000) throw badInput('reason must be at most 4000 characters');
    return this.transactions.run(actor, async (tx) => {
      const organisation = isUuid(organisationId)
        ? await tx.manager.findOne(OrganisationEntity, { where: { id: organisationId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!organisation || organisation.kind !== 'VENDOR') throw notFound('Organisation');
      if (!organisation.suspendedAt) throw invalidState('This organisation is not suspended');
      const lifted = {
        since: organisation.suspendedAt,
        cause: organisation.suspensionReason,
        attestationId: organisation.suspensionAttestationId,
      };
      Object.assign(organisation, { suspendedAt: null, suspensionReason: null, suspensionAttestationId: null });
      await tx.manager.save(organisation);
      tx.audit({
        action: 'organisation.suspension-lifted',
        entityType: 'Organisation',
        entityId: organisation.id,
        data: { reason, ...lifted },
      });
      return organisation;
    });
  }
}
