import { Actor, GqlContext, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { challengeLoader, ChallengeQueryService, criteriaLoader } from '@app/solicitations';
import { SubmissionModel, toSubmissionModel } from '@app/submissions/api';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AggregationService } from './aggregation.service';
import { ScoreInput } from './dto/evaluation.inputs';
import { debriefLoader, resultLoader, screeningLoader } from './evaluation.loaders';
import { EvaluationPolicy } from './evaluation.policy';
import { EvaluationQueryService } from './evaluation-query.service';
import { toResultModel, toScoreModels } from './models/evaluation.mapper';
import { CriterionScoreModel, ScreeningResultModel, SubmissionResultModel } from './models/evaluation.models';

/** Submission.screening, .result and .debrief, and moderation; each field applies EvaluationPolicy. */
@Resolver(() => SubmissionModel)
export class SubmissionEvaluationResolver {
  constructor(
    private readonly aggregation: AggregationService,
    private readonly queries: EvaluationQueryService,
    private readonly challenges: ChallengeQueryService,
  ) {}

  @Roles('OFFICER')
  @Mutation(() => SubmissionModel, { description: 'Consensus scores (replacing the means) where evaluators disagreed by 4 or more.' })
  async moderateSubmission(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('scores', { type: () => [ScoreInput] }) scores: ScoreInput[],
    @Args('rationale') rationale: string,
  ): Promise<SubmissionModel> {
    return toSubmissionModel(await this.aggregation.moderate(actor, submissionId, scores, rationale));
  }

  @ResolveField(() => ScreeningResultModel, { nullable: true })
  async screening(
    @Parent() submission: SubmissionModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<ScreeningResultModel | null> {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || !EvaluationPolicy.canSeeScreening(actor, submission, challenge)) return null;
    const row = await screeningLoader(ctx, this.queries).load(submission.id);
    return (
      row && { eligible: row.eligible, tier: row.tier as ScreeningResultModel['tier'], reasons: row.reasons, screenedAt: row.screenedAt }
    );
  }

  @ResolveField(() => SubmissionResultModel, { nullable: true })
  async result(
    @Parent() submission: SubmissionModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<SubmissionResultModel | null> {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || !EvaluationPolicy.canSeeResult(actor, submission, challenge)) return null;
    const row = await resultLoader(ctx, this.queries).load(submission.id);
    return row && toResultModel(row, await criteriaLoader(ctx, this.challenges).load(submission.challengeId));
  }

  @ResolveField(() => [CriterionScoreModel], {
    nullable: true,
    description: "For the vendor after the award decision: scores and evaluators' justifications, evaluators unnamed.",
  })
  async debrief(
    @Parent() submission: SubmissionModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<CriterionScoreModel[] | null> {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || !EvaluationPolicy.canSeeDebrief(actor, submission, challenge)) return null;
    const [scores, criteria] = await Promise.all([
      debriefLoader(ctx, this.queries).load(submission.id),
      criteriaLoader(ctx, this.challenges).load(submission.challengeId),
    ]);
    return toScoreModels(scores, criteria);
  }
}
