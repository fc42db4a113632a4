import { SovereigntyTierEnum, TrustedJurisdictionEnum } from '@app/sovereignty/api';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import type { ChallengeStatusName, ClassificationName, TierName, TrustedJurisdiction } from '../solicitations.types';
import { MoneyModel } from './money.models';
import { ChallengeStatusEnum, ClassificationEnum } from './solicitations.enums';

@ObjectType('EvaluationCriterion')
export class EvaluationCriterionModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int, { description: "percent; a challenge's weights sum to 100" }) weight: number;
}

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field() askedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
}

@ObjectType('Amendment')
export class AmendmentModel {
  @Field() at: Date;
  @Field() reason: string;
  @Field(() => GraphQLJSON, { description: 'the fields changed, old and new values' }) changes: Record<string, unknown>;
}

/**
 * A challenge as clients read it. Relations (buyer, criteria, questions, amendments,
 * submissions) are resolved through per-request DataLoaders from the ids kept here.
 */
@ObjectType('Challenge')
export class ChallengeModel {
  @Field(() => ID) id: string;
  @Field({ description: 'OCDS contracting process id' }) ocid: string;
  @Field() title: string;
  @Field() problemStatement: string;
  @Field(() => [String]) tags: string[];
  @Field(() => ClassificationEnum) classification: ClassificationName;
  @Field(() => SovereigntyTierEnum) requiredTier: TierName;
  @Field(() => TrustedJurisdictionEnum) trustedJurisdiction: TrustedJurisdiction;
  @Field() smeOnly: boolean;
  @Field(() => MoneyModel) budget: MoneyModel;
  @Field(() => MoneyModel) maxContractValue: MoneyModel;
  @Field(() => Int) maxAwards: number;
  @Field(() => ChallengeStatusEnum) status: ChallengeStatusName;
  @Field(() => Date, { nullable: true }) questionsDeadline: Date | null;
  @Field() submissionDeadline: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) awardedAt: Date | null;
  @Field(() => Int) evaluatorsPerSubmission: number;
  @Field() blindEvaluation: boolean;
  @Field(() => Int) standstillDays: number;
  @Field(() => Date, { nullable: true, description: "Evaluators' scores are due by then; overdue assignments show in evaluationProgress." })
  scoringDeadline: Date | null;
  @Field(() => String, { nullable: true, description: 'Set when an officer decided NO_AWARD after ranking.' })
  noAwardReason: string | null;
  buyerOrganisationId: string;
  createdByUserId: string;
  createdAt: Date;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('ChallengeEdge')
export class ChallengeEdgeModel {
  @Field() cursor: string;
  @Field(() => ChallengeModel) node: ChallengeModel;
}

@ObjectType('ChallengeConnection')
export class ChallengeConnectionModel {
  @Field(() => [ChallengeEdgeModel]) edges: ChallengeEdgeModel[];
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  @Field(() => Int) totalCount: number;
}
