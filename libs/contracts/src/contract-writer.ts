import { Tx } from '@app/core';
import { MilestonePlanItem, splitMilestones } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

const DAY_MS = 24 * 3600 * 1000;

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
  /** Milestone due dates count from here: the award for phase 1, the issue date for follow-ons. */
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
        dueDate: new Date(input.dueFrom.getTime() + m.dueInDays * DAY_MS),
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
}
