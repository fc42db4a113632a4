import type { TrustedJurisdiction } from '@app/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import type { AttestationStatus } from '../engine/attestation-status';
import type { AnswerType, Pillar } from '../engine/catalogue';
import type { Tier } from '../engine/tier-engine';
import type { StoredAnswer } from '../entities/attestation.entity';
import { AnswerTypeEnum, PillarEnum, SovereigntyTierEnum, TrustedJurisdictionEnum } from './sovereignty.enums';

@ObjectType('SovereigntyCriterion')
export class SovereigntyCriterionModel {
  @Field() code: string;
  @Field(() => PillarEnum) pillar: Pillar;
  @Field() question: string;
  @Field(() => AnswerTypeEnum) answerType: AnswerType;
  @Field(() => [String], { nullable: true, description: 'Allowed values for ENUM and ENUM_SET answers, weakest first.' })
  options: readonly string[] | null;
}

@ObjectType('CriterionAnswer')
export class CriterionAnswerModel {
  @Field() code: string;
  @Field(() => GraphQLJSON) value: unknown;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field() verified: boolean;
}

@ObjectType('CriterionGap')
export class CriterionGapModel {
  @Field() code: string;
  @Field(() => SovereigntyTierEnum, { description: 'the tier this criterion blocks' }) tier: Tier;
  @Field() reason: string;
}

@ObjectType('TierAssessment')
export class TierAssessmentModel {
  @Field(() => TrustedJurisdictionEnum) trusted: TrustedJurisdiction;
  @Field(() => SovereigntyTierEnum, {
    nullable: true,
    description: 'Highest tier whose every requirement holds; null when not even T0 holds.',
  })
  tier: Tier | null;
  @Field(() => [CriterionGapModel], { description: 'What stands between this attestation and the next tier up.' })
  gaps: CriterionGapModel[];
}

/**
 * The parent object of Attestation fields is the stored row; status, vendor, answers and assessment
 * are resolved by AttestationResolver (status needs the database clock, vendor a loader, answers
 * and gaps the need-to-know rule).
 */
@ObjectType('Attestation')
export class AttestationModel {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  /** Resolved by AttestationResolver under the need-to-know rule. */
  answers: StoredAnswer[];
  @Field() signatoryName: string;
  @Field() signedAt: Date;
  @Field() expiresAt: Date;
  @Field({ description: 'SHA-256 of the canonical JSON of vendor, catalogue version, answers and signature time.' }) hash: string;
  /** As stored; read through effectiveStatus. */
  status: AttestationStatus;
  vendorOrganisationId: string;
}
