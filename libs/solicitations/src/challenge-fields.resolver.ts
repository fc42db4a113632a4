import { Actor, CurrentActor, GqlContext, notFound } from '@app/core';
import { IdentityService, organisationLoader, OrganisationModel } from '@app/identity';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ChallengeQueryService } from './challenge-query.service';
import { AmendmentModel, ChallengeModel, EvaluationCriterionModel, QuestionModel } from './models/challenge.models';
import { amendmentsLoader, criteriaLoader, questionsLoader } from './solicitations.loaders';
import { SolicitationsPolicy } from './solicitations.policy';

/** Relations of Challenge, each through a per-request DataLoader. */
@Resolver(() => ChallengeModel)
export class ChallengeFieldsResolver {
  constructor(
    private readonly queries: ChallengeQueryService,
    private readonly identity: IdentityService,
  ) {}

  @ResolveField(() => OrganisationModel)
  async buyer(@Parent() challenge: ChallengeModel, @Context() ctx: GqlContext): Promise<OrganisationModel> {
    const organisation = await organisationLoader(ctx, this.identity).load(challenge.buyerOrganisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  @ResolveField(() => [EvaluationCriterionModel])
  criteria(@Parent() challenge: ChallengeModel, @Context() ctx: GqlContext): Promise<EvaluationCriterionModel[]> {
    return criteriaLoader(ctx, this.queries).load(challenge.id);
  }

  @ResolveField(() => [QuestionModel], { description: "Answered questions for everyone; the buyer's officers also see unanswered ones." })
  async questions(
    @Parent() challenge: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuestionModel[]> {
    const all = await questionsLoader(ctx, this.queries).load(challenge.id);
    const everything = SolicitationsPolicy.canSeeUnansweredQuestions(actor, challenge);
    // Mapped field by field so that who asked never reaches the response.
    return all
      .filter((q) => everything || q.answer !== null)
      .map((q) => ({ id: q.id, text: q.text, answer: q.answer, askedAt: q.askedAt, answeredAt: q.answeredAt }));
  }

  @ResolveField(() => [AmendmentModel])
  async amendments(@Parent() challenge: ChallengeModel, @Context() ctx: GqlContext): Promise<AmendmentModel[]> {
    const rows = await amendmentsLoader(ctx, this.queries).load(challenge.id);
    return rows.map((a) => ({ at: a.at, reason: a.reason, changes: a.changes }));
  }
}
