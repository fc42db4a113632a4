import { MoneyModel } from '@app/solicitations/api';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { ContractStatusName, MilestoneStatusName } from '../contracts.types';

export const ContractStatusEnum = {
  PENDING_SIGNATURE: 'PENDING_SIGNATURE',
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  TERMINATED: 'TERMINATED',
} as const;
registerEnumType(ContractStatusEnum, { name: 'ContractStatus' });

export const MilestoneStatusEnum = {
  SCHEDULED: 'SCHEDULED',
  DELIVERED: 'DELIVERED',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  PAID: 'PAID',
} as const;
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus' });

@ObjectType('Milestone')
export class MilestoneModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() dueDate: Date;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => MilestoneStatusEnum) status: MilestoneStatusName;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
}

/**
 * A contract as clients read it; challenge, vendor, submission, parent, follow-ons and milestones
 * are resolved through loaders from the ids kept here.
 */
@ObjectType('MicroContract')
export class MicroContractModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: "1 for the contract awarded from a challenge; parent's phase + 1 for a follow-on." }) phase: number;
  @Field() title: string;
  @Field(() => MoneyModel) value: MoneyModel;
  @Field(() => ContractStatusEnum) status: ContractStatusName;
  @Field() issuedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Not before the standstill period after the award decision has passed.' })
  signedAt: Date | null;
  challengeId: string;
  buyerOrganisationId: string;
  vendorOrganisationId: string;
  submissionId: string | null;
  parentId: string | null;
}
