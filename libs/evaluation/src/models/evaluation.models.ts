import { EvaluationCriterionModel } from '@app/solicitations/api';
import { type Tier } from '@app/sovereignty';
import { SovereigntyTierEnum } from '@app/sovereignty/api';
import { SubmissionModel } from '@app/submissions/api';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { AssignmentStatusName } from '../evaluation.types';

export const AssignmentStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  CONFLICT_DECLARED: 'CONFLICT_DECLARED',
  SCORED: 'SCORED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });

@ObjectType('ScreeningResult')
export class ScreeningResultModel {
  @Field() eligible: boolean;
  @Field(() => SovereigntyTierEnum, { nullable: true }) tier: Tier | null;
  @Field(() => [String]) reasons: string[];
  @Field() screenedAt: Date;
}

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field(() => EvaluationCriterionModel) criterion: EvaluationCriterionModel;
  @Field(() => Float) mean: number;
  @Field(() => Int) spread: number;
  @Field(() => Int, { nullable: true }) consensus: number | null;
}

@ObjectType('SubmissionResult')
export class SubmissionResultModel {
  @Field(() => Float, { description: '0..100, two decimals; ranking used the full-precision value' }) totalScore: number;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field() needsModeration: boolean;
  @Field(() => [CriterionResultModel]) criteria: CriterionResultModel[];
}

@ObjectType('CriterionScore')
export class CriterionScoreModel {
  @Field(() => EvaluationCriterionModel) criterion: EvaluationCriterionModel;
  @Field(() => Int) score: number;
  @Field() justification: string;
}

@ObjectType('RankedSubmission')
export class RankedSubmissionModel {
  @Field(() => Int) rank: number;
  @Field(() => SubmissionModel) submission: SubmissionModel;
  @Field(() => Float) totalScore: number;
  @Field() recommended: boolean;
}

@ObjectType('EvaluatorProgress')
export class EvaluatorProgressModel {
  @Field(() => ID) evaluatorId: string;
  @Field(() => Int) pending: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) scored: number;
  @Field(() => Int) conflictDeclared: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int) overdueAssignments: number;
  @Field() overdue: boolean;
}

@ObjectType('EvaluationProgress')
export class EvaluationProgressModel {
  @Field(() => Int) submissions: number;
  @Field(() => Int) screened: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) screenedOut: number;
  @Field(() => Int) assignments: number;
  @Field(() => Int) scoredAssignments: number;
  @Field(() => Int) awaitingModeration: number;
  @Field(() => Int) evaluated: number;
  @Field(() => Int, {
    description: 'Assignments eligible submissions still lack: the invited pool is too small until more evaluators are invited.',
  })
  missingEvaluators: number;
  @Field(() => Int, {
    description: 'Open assignments past the scoring deadline, or PENDING past the acceptance window (ASSIGNMENT_ACCEPT_HOURS).',
  })
  overdueAssignments: number;
  @Field(() => [EvaluatorProgressModel], { description: "Each evaluator's assignments on this challenge by state, with an overdue flag." })
  evaluators: EvaluatorProgressModel[];
  @Field(() => Date, { nullable: true, description: 'When the last live submission was screened; null while any is unscreened.' })
  screenedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the last assignment was made once every eligible submission is staffed.' })
  assignedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the last assignment was scored once every one is.' })
  scoredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the ranking was computed.' })
  rankedAt: Date | null;
}

/** An evaluator's assignment; submission, evaluator and scores resolve through loaders from the ids kept here. */
@ObjectType('EvaluationAssignment')
export class EvaluationAssignmentModel {
  @Field(() => ID) id: string;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatusName;
  challengeId: string;
  submissionId: string;
  evaluatorUserId: string;
}
