import { Tx } from '@app/core';
import { MilestonePlanItem, splitMilestones } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

const DAY_MS = 24 * 3600 * 1000;

/** A milestone falls due `dueInDays` whole days of 24 hours after the schedule's start. */
export const dueDateFrom = (start: Date, dueInDays: number): Date => new Date(start.getTime() + dueInDays * DAY_MS);

export interface NewContract {
  challengeId: string;
  buyerOrganisationId: string;
  vendorOrganisationId: string;
  submissionId: string | null;
  phase: number;
  parentId: string | null;
  title: string;
  valueMinor: number;
  currency: string;
  justification: string | null;
  plan: MilestonePlanItem[];
  /**
   * Provisional start of the milestone schedule until signature (which recounts it): the earliest
   * the contract can be signed, i.e. the end of the standstill for phase 1, the issue for follow-ons.
   */
  dueFrom: Date;
}

/**
 * Writes a contract and its milestones, the one place both phase 1 and follow-ons are created, so
 * the split (amounts summing exactly to the value) and the issue audit event cannot diverge.
 */
@Injectable()
export class ContractWriter {
  async issue(tx: Tx, input: NewContract): Promise<MicroContractEntity> {
    const amounts = splitMilestones(input.valueMinor, input.plan);
    const contract = await tx.manager.save(
      tx.manager.create(MicroContractEntity, {
        challengeId: input.challengeId,
        buyerOrganisationId: input.buyerOrganisationId,
        vendorOrganisationId: input.vendorOrganisationId,
        submissionId: input.submissionId,
        phase: input.phase,
        parentId: input.parentId,
        title: input.title,
        valueMinor: input.valueMinor,
        currency: input.currency,
        status: 'PENDING_SIGNATURE',
        justification: input.justification,
        issuedAt: tx.now,
        signedAt: null,
        completedAt: null,
        terminatedAt: null,
        terminationReason: null,
        updatedAt: tx.now,
      }),
    );
    await tx.manager.insert(
      MilestoneEntity,
      amounts.map((m, index) => ({
        contractId: contract.id,
        position: index + 1,
        title: m.title,
        sharePercent: m.sharePercent,
        amountMinor: m.amountMinor,
        currency: input.currency,
        dueInDays: m.dueInDays,
        dueDate: dueDateFrom(input.dueFrom, m.dueInDays),
        status: 'SCHEDULED' as const,
        updatedAt: tx.now,
      })),
    );
    tx.audit({
      action: 'contract.issued',
      entityType: 'MicroContract',
      entityId: contract.id,
      data: {
        challengeId: input.challengeId,
        vendorOrganisationId: input.vendorOrganisationId,
        submissionId: input.submissionId,
        phase: input.phase,
        parentId: input.parentId,
        value: { amountMinor: input.valueMinor, currency: input.currency },
        justification: input.justification,
        milestones: amounts.map((m) => ({
          title: m.title,
          sharePercent: m.sharePercent,
          amountMinor: m.amountMinor,
          dueInDays: m.dueInDays,
        })),
      },
    });
    return contract;
  }

  /** At signature: every milestone's due date recounted from the signature instant. */
  async startSchedule(tx: Tx, contractId: string, signedAt: Date): Promise<void> {
    const milestones = await tx.manager.find(MilestoneEntity, { where: { contractId }, order: { position: 'ASC' } });
    for (const m of milestones) {
      await tx.manager.update(MilestoneEntity, { id: m.id }, { dueDate: dueDateFrom(signedAt, m.dueInDays), updatedAt: tx.now });
    }
  }
}
