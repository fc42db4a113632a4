import { Actor, AuditActionData, AuditRecord, badInput, forbidden, invalidState, TransactionRunner, Tx } from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { Injectable } from '@nestjs/common';

import { lockVisibleMilestone } from './contract-access';
import { ContractsPolicy } from './contracts.policy';
import { DONE_MILESTONE_STATUSES, MilestoneStatusName } from './contracts.types';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

type Side = 'VENDOR' | 'BUYER';

const MAX_DELIVERY_DOCUMENTS = 20;

type MilestoneAction = 'milestone.delivered' | 'milestone.accepted' | 'milestone.rejected' | 'milestone.paid';
/** What a transition returns: its audit action and the data it adds to the contract, challenge and previous state. */
type MilestoneStep = {
  [A in MilestoneAction]: { action: A; data: Omit<AuditActionData[A], 'contractId' | 'challengeId' | 'from'> };
}[MilestoneAction];

/**
 * Milestone transitions (docs/product.md "Iterative micro-contracts"): the vendor delivers with
 * evidence, the buyer's officer accepts or rejects with a reason (the vendor may redeliver), then
 * records payment. The acceptance that leaves every milestone accepted or paid completes the contract.
 */
@Injectable()
export class MilestoneService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly documents: DocumentAttachmentService,
  ) {}

  /** Evidence documents (the vendor's uploads) are this delivery's: a redelivery replaces the set. */
  deliver(actor: Actor, id: string, rawEvidence: string, documentIds: readonly string[] = []): Promise<MilestoneEntity> {
    if (documentIds.length > MAX_DELIVERY_DOCUMENTS) throw badInput(`A delivery takes at most ${MAX_DELIVERY_DOCUMENTS} documents`);
    return this.transition(actor, id, 'VENDOR', async (tx, milestone, contract) => {
      const evidence = rawEvidence.trim();
      if (!evidence) throw badInput('A delivery needs evidence');
      this.expectActive(contract);
      this.expect(milestone, ['SCHEDULED', 'REJECTED'], 'delivered');
      await this.documents.replace(tx, actor, { type: 'MILESTONE', id: milestone.id }, documentIds);
      Object.assign(milestone, { status: 'DELIVERED', evidence, deliveredAt: tx.now });
      return { action: 'milestone.delivered', data: { evidence } };
    });
  }

  accept(actor: Actor, id: string): Promise<MilestoneEntity> {
    return this.transition(actor, id, 'BUYER', async (tx, milestone, contract) => {
      this.expectActive(contract);
      this.expect(milestone, ['DELIVERED'], 'accepted');
      Object.assign(milestone, { status: 'ACCEPTED', acceptedAt: tx.now, rejectionReason: null });
      return { action: 'milestone.accepted', data: {}, after: () => this.completeIfDone(tx, contract) };
    });
  }

  reject(actor: Actor, id: string, rawReason: string): Promise<MilestoneEntity> {
    return this.transition(actor, id, 'BUYER', async (_tx, milestone, contract) => {
      const reason = rawReason.trim();
      if (!reason) throw badInput('A rejection needs a reason');
      this.expectActive(contract);
      this.expect(milestone, ['DELIVERED'], 'rejected');
      Object.assign(milestone, { status: 'REJECTED', rejectionReason: reason });
      return { action: 'milestone.rejected', data: { reason } };
    });
  }

  /** Accepted work is owed even if the contract was terminated or completed since. */
  recordPayment(actor: Actor, id: string): Promise<MilestoneEntity> {
    return this.transition(actor, id, 'BUYER', async (tx, milestone) => {
      this.expect(milestone, ['ACCEPTED'], 'paid');
      Object.assign(milestone, { status: 'PAID', paidAt: tx.now });
      return { action: 'milestone.paid', data: { amount: { amountMinor: milestone.amountMinor, currency: milestone.currency } } };
    });
  }

  /** Locks, checks who acts, applies the change, saves and audits: the frame every transition shares. */
  private transition(
    actor: Actor,
    id: string,
    side: Side,
    change: (tx: Tx, milestone: MilestoneEntity, contract: MicroContractEntity) => Promise<MilestoneStep & { after?: () => Promise<void> }>,
  ): Promise<MilestoneEntity> {
    return this.transactions.run(actor, async (tx) => {
      const { milestone, contract } = await lockVisibleMilestone(tx.manager, actor, id);
      if (side === 'VENDOR' && !ContractsPolicy.isOwnVendor(actor, contract))
        throw forbidden("Only the vendor's users deliver its milestones");
      if (side === 'BUYER' && !ContractsPolicy.isBuyerOfficer(actor, contract))
        throw forbidden("Only the buyer's officers decide on milestones");
      const from = milestone.status;
      const { action, data, after } = await change(tx, milestone, contract);
      milestone.updatedAt = tx.now;
      await tx.manager.save(milestone);
      tx.audit({
        action,
        entityType: 'Milestone',
        entityId: milestone.id,
        data: { contractId: contract.id, challengeId: contract.challengeId, from, ...data },
      } as AuditRecord); // MilestoneStep pairs each action with its data
      if (after) await after();
      return milestone;
    });
  }

  private expectActive(contract: MicroContractEntity) {
    if (contract.status !== 'ACTIVE')
      throw invalidState(`The contract is ${contract.status}; milestones move only while it is ACTIVE (signed)`);
  }

  private expect(milestone: MilestoneEntity, allowed: MilestoneStatusName[], verb: string) {
    if (!allowed.includes(milestone.status))
      throw invalidState(`The milestone is ${milestone.status}; only ${allowed.join(' or ')} can be ${verb}`);
  }

  private async completeIfDone(tx: Tx, contract: MicroContractEntity): Promise<void> {
    const milestones = await tx.manager.find(MilestoneEntity, { where: { contractId: contract.id }, select: { id: true, status: true } });
    if (contract.status !== 'ACTIVE' || !milestones.every((m) => DONE_MILESTONE_STATUSES.includes(m.status))) return;
    Object.assign(contract, { status: 'COMPLETED', completedAt: tx.now, updatedAt: tx.now });
    await tx.manager.save(contract);
    tx.audit({
      action: 'contract.completed',
      entityType: 'MicroContract',
      entityId: contract.id,
      data: { challengeId: contract.challengeId, phase: contract.phase },
    });
  }
}
