import { Actor, GqlContext, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { challengeLoader, ChallengeQueryService } from '@app/solicitations';
import { ChallengeModel, toChallengeModel } from '@app/solicitations/api';
import { challengeSubmissionsLoader, SubmissionQueryService } from '@app/submissions';
import { toSubmissionModel } from '@app/submissions/api';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AwardService } from './award.service';
import { displayScore } from './engine';
import { challengeResultsLoader, progressLoader, rankingLoader } from './evaluation.loaders';
import { EvaluationPolicy } from './evaluation.policy';
import { EvaluationQueryService } from './evaluation-query.service';
import { EvaluationProgressModel, RankedSubmissionModel } from './models/evaluation.models';
import { NoAwardService } from './no-award.service';

/** Challenge.evaluationProgress, Challenge.ranking and the award decision, owned by the evaluation domain. */
@Resolver(() => ChallengeModel)
export class ChallengeEvaluationResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly queries: EvaluationQueryService,
    private readonly submissions: SubmissionQueryService,
    private readonly challenges: ChallengeQueryService,
    private readonly noAward: NoAwardService,
  ) {}

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel, { description: 'Justification required where the selection departs from the recommendation.' })
  async approveAward(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('submissionIds', { type: () => [ID] }) submissionIds: string[],
    @Args('justification', { type: () => String, nullable: true }) justification?: string | null,
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.awards.approve(actor, challengeId, submissionIds, justification));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel, { description: "Buyer's OFFICER after ranking: no award, with a reason; every bidder gets a debrief." })
  async decideNoAward(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('reason') reason: string,
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.noAward.decide(actor, challengeId, reason));
  }

  /** The buyer's officers after close (sealed bids before that: null); counted afresh on every read. */
  @ResolveField(() => EvaluationProgressModel, { nullable: true })
  async evaluationProgress(
    @Parent() parent: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<EvaluationProgressModel | null> {
    const challenge = (await challengeLoader(ctx, this.challenges).load(parent.id)) ?? parent;
    if (!EvaluationPolicy.officerOf(actor, challenge)) return null;
    return progressLoader(ctx, this.queries, this.challenges, this.submissions).load(challenge.id);
  }

  @ResolveField(() => [RankedSubmissionModel], {
    nullable: true,
    description: 'Officers of the buying organisation once every eligible submission is evaluated.',
  })
  async ranking(
    @Parent() parent: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<RankedSubmissionModel[] | null> {
    const challenge = (await challengeLoader(ctx, this.challenges).load(parent.id)) ?? parent;
    if (!EvaluationPolicy.officerOf(actor, challenge)) return null;
    if (!(await rankingLoader(ctx, this.queries).load(challenge.id))) return null;
    const [results, bids] = await Promise.all([
      challengeResultsLoader(ctx, this.queries).load(challenge.id),
      challengeSubmissionsLoader(ctx, this.submissions).load(challenge.id),
    ]);
    return results
      .filter((r) => r.rank !== null)
      .map((r) => ({
        rank: r.rank!,
        totalScore: displayScore(r.totalScore),
        recommended: r.recommended,
        submission: toSubmissionModel(bids.find((b) => b.id === r.submissionId)!),
      }));
  }
}
