import { Actor, GqlContext, notFound } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { IdentityService, organisationLoader, userLoader } from '@app/identity';
import { OrganisationModel, UserModel } from '@app/identity/api';
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

  @ResolveField(() => [UserModel], {
    nullable: true,
    description: "The invited evaluator pool, in invitation order: the buyer's officers only (null for anyone else).",
  })
  async evaluators(
    @Parent() challenge: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<UserModel[] | null> {
    if (!SolicitationsPolicy.isBuyerOfficer(actor, challenge)) return null;
    const pool = await this.queries.evaluatorPool(challenge.id);
    const users = await userLoader(ctx, this.identity).loadMany(pool.map((e) => e.userId));
    return users.flatMap((u) => (u && !(u instanceof Error) ? [u] : []));
  }

  @ResolveField(() => [UserModel], {
    nullable: true,
    description:
      "The buyer's officers only (null for anyone else): the organisation's enabled evaluators not yet invited who may be (not the challenge's author).",
  })
  async evaluatorCandidates(@Parent() challenge: ChallengeModel, @CurrentActor() actor: Actor | null): Promise<UserModel[] | null> {
    if (!SolicitationsPolicy.isBuyerOfficer(actor, challenge)) return null;
    const [evaluators, pool] = await Promise.all([
      this.identity.evaluatorsOf(challenge.buyerOrganisationId),
      this.queries.evaluatorPool(challenge.id),
    ]);
    const invited = new Set(pool.map((e) => e.userId));
    return evaluators.filter((u) => !invited.has(u.id) && u.id !== challenge.createdByUserId);
  }
}
