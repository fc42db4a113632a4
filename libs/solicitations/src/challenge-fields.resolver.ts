import { GqlContext, notFound } from '@app/core';
import { IdentityService, organisationLoader, userLoader } from '@app/identity';
import { OrganisationModel, UserModel } from '@app/identity/api';
import { ResolveField, Resolver } from '@nestjs/graphql';

import { ChallengeQueryService } from './challenge-query.service';
import { AmendmentModel, ChallengeModel, EvaluationCriterionModel, QuestionModel } from './models/challenge.models';
import { amendmentsLoader, criteriaLoader, questionsLoader } from './solicitations.loaders';
import { SolicitationsPolicy } from './solicitations.policy';

/**
 * Relations of Challenge, each through a per-request DataLoader.
 *
 * The methods take GraphQL's own arguments (parent, field arguments, context) as plain parameters,
 * without @Parent, @Context or @CurrentActor: @nestjs/graphql then calls them directly (its
 * `canUseFastFieldResolver` path) instead of through its per-call execution context (parameter
 * factories, the global pipe, an interceptor chain, several promises), which a page of challenges
 * paid for every row and field. Nothing is lost: field resolvers run no guards here
 * (`fieldResolverEnhancers` is unset), the global pipe validates only @Args, which none of these
 * fields takes, and each access rule stays in its method, reading the actor from the context.
 * test/read-path.e2e-spec.ts checks that these fields stay on the direct path.
 */
@Resolver(() => ChallengeModel)
export class ChallengeFieldsResolver {
  constructor(
    private readonly queries: ChallengeQueryService,
    private readonly identity: IdentityService,
  ) {}

  @ResolveField(() => OrganisationModel)
  async buyer(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel> {
    const organisation = await organisationLoader(ctx, this.identity).load(challenge.buyerOrganisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  @ResolveField(() => [EvaluationCriterionModel])
  criteria(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<EvaluationCriterionModel[]> {
    return criteriaLoader(ctx, this.queries).load(challenge.id);
  }

  @ResolveField(() => [QuestionModel], { description: "Answered questions for everyone; the buyer's officers also see unanswered ones." })
  async questions(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<QuestionModel[]> {
    const all = await questionsLoader(ctx, this.queries).load(challenge.id);
    const everything = SolicitationsPolicy.canSeeUnansweredQuestions(ctx.actor, challenge);
    // Mapped field by field so that who asked never reaches the response.
    return all
      .filter((q) => everything || q.answer !== null)
      .map((q) => ({ id: q.id, text: q.text, answer: q.answer, askedAt: q.askedAt, answeredAt: q.answeredAt }));
  }

  @ResolveField(() => [AmendmentModel])
  async amendments(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<AmendmentModel[]> {
    const rows = await amendmentsLoader(ctx, this.queries).load(challenge.id);
    return rows.map((a) => ({ at: a.at, reason: a.reason, changes: a.changes }));
  }

  @ResolveField(() => [UserModel], {
    nullable: true,
    description: "The invited evaluator pool, in invitation order: the buyer's officers only (null for anyone else).",
  })
  async evaluators(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<UserModel[] | null> {
    if (!SolicitationsPolicy.isBuyerOfficer(ctx.actor, challenge)) return null;
    const pool = await this.queries.evaluatorPool(challenge.id);
    const users = await userLoader(ctx, this.identity).loadMany(pool.map((e) => e.userId));
    return users.flatMap((u) => (u && !(u instanceof Error) ? [u] : []));
  }

  @ResolveField(() => [UserModel], {
    nullable: true,
    description:
      "The buyer's officers only (null for anyone else): the organisation's enabled evaluators not yet invited who may be (not the challenge's author).",
  })
  async evaluatorCandidates(challenge: ChallengeModel, _args: unknown, ctx: GqlContext): Promise<UserModel[] | null> {
    if (!SolicitationsPolicy.isBuyerOfficer(ctx.actor, challenge)) return null;
    const [evaluators, pool] = await Promise.all([
      this.identity.evaluatorsOf(challenge.buyerOrganisationId),
      this.queries.evaluatorPool(challenge.id),
    ]);
    const invited = new Set(pool.map((e) => e.userId));
    return evaluators.filter((u) => !invited.has(u.id) && u.id !== challenge.createdByUserId);
  }
}
