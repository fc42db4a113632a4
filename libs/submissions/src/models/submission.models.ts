import { MoneyModel } from '@app/solicitations/api';
import { type Tier } from '@app/sovereignty';
import { SovereigntyTierEnum } from '@app/sovereignty/api';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { SubmissionStatusName } from '../submissions.types';

export const SubmissionStatusEnum = {
  SUBMITTED: 'SUBMITTED',
  WITHDRAWN: 'WITHDRAWN',
  SCREENED_OUT: 'SCREENED_OUT',
  ELIGIBLE: 'ELIGIBLE',
  EVALUATED: 'EVALUATED',
  AWARDED: 'AWARDED',
  NOT_AWARDED: 'NOT_AWARDED',
  NEEDS_CONFIRMATION: 'NEEDS_CONFIRMATION',
} as const;
registerEnumType(SubmissionStatusEnum, { name: 'SubmissionStatus' });

/**
 * A submission as clients read it; challenge, vendor and attestation are resolved through
 * loaders from the ids kept here, and only for callers the sealed-bid rules let through.
 */
@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID) id: string;
  @Field(() => SubmissionStatusEnum) status: SubmissionStatusName;
  @Field() summary: string;
  @Field() technicalApproach: string;
  @Field(() => MoneyModel) price: MoneyModel;
  @Field(() => Int) durationDays: number;
  @Field() submittedAt: Date;
  @Field({ description: 'Hash of the attestation version frozen into this submission.' }) attestationHash: string;
  challengeId: string;
  vendorOrganisationId: string;
  attestationId: string;
}

@ObjectType('EligibilityResult')
export class EligibilityResultModel {
  @Field() eligible: boolean;
  @Field(() => SovereigntyTierEnum, { nullable: true }) tier: Tier | null;
  @Field(() => [String]) reasons: string[];
}
