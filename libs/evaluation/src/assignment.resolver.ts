import { Actor, forbidden, GqlContext, notFound, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { IdentityService, userLoader } from '@app/identity';
import { UserModel } from '@app/identity/api';
import { ChallengeQueryService, criteriaLoader } from '@app/solicitations';
import { SubmissionQueryService } from '@app/submissions';
import { SubmissionModel, toSubmissionModel } from '@app/submissions/api';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

import { AssignmentWithdrawalService } from './assignment-withdrawal.service';
import { ScoreInput } from './dto/evaluation.inputs';
import { assignedSubmissionLoader, assignmentScoresLoader } from './evaluation.loaders';
import { EvaluationPolicy } from './evaluation.policy';
import { EvaluationQueryService } from './evaluation-query.service';
import { EvaluatorActionsService } from './evaluator-actions.service';
import { toAssignmentModel, toScoreModels } from './models/evaluation.mapper';
import { CriterionScoreModel, EvaluationAssignmentModel } from './models/evaluation.models';

/** Submission fields that are its content: closed to an evaluator until they accept. */
const CONTENT_FIELDS = new Set([
  'summary',
  'technicalApproach',
  'price',
  'durationDays',
  'attestation',
  'attestationHash',
  'result',
  'debrief',
  'screening',
]);

@Resolver(() => EvaluationAssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly actions: EvaluatorActionsService,
    private readonly queries: EvaluationQueryService,
    private readonly submissions: SubmissionQueryService,
    private readonly challenges: ChallengeQueryService,
    private readonly identity: IdentityService,
    private readonly withdrawals: AssignmentWithdrawalService,
  ) {}

  @Roles('EVALUATOR')
  @Query(() => [EvaluationAssignmentModel])
  async myAssignments(@CurrentActor() actor: Actor): Promise<EvaluationAssignmentModel[]> {
    return (await this.queries.assignmentsOf(actor)).map(toAssignmentModel);
  }

  @Roles('EVALUATOR')
  @Mutation(() => EvaluationAssignmentModel, {
    description: 'Confirms no conflict of interest; only then does the submission open to the evaluator.',
  })
  async acceptAssignment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<EvaluationAssignmentModel> {
    return toAssignmentModel(await this.actions.accept(actor, id));
  }

  @Roles('EVALUATOR')
  @Mutation(() => EvaluationAssignmentModel)
  async declareConflict(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<EvaluationAssignmentModel> {
    return toAssignmentModel(await this.actions.declareConflict(actor, id, reason));
  }

  @Roles('OFFICER')
  @Mutation(() => EvaluationAssignmentModel, {
    description: "Buyer's OFFICER: take an assignment away (reason audited); the worker reassigns from the pool.",
  })
  async withdrawAssignment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<EvaluationAssignmentModel> {
    return toAssignmentModel(await this.withdrawals.withdraw(actor, id, reason));
  }

  @Roles('EVALUATOR')
  @Mutation(() => EvaluationAssignmentModel, { description: 'Every criterion once, 0..10 with a justification; final once submitted.' })
  async submitScores(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('scores', { type: () => [ScoreInput] }) scores: ScoreInput[],
  ): Promise<EvaluationAssignmentModel> {
    return toAssignmentModel(await this.actions.submitScores(actor, assignmentId, scores));
  }

  /**
   * Before acceptance the evaluator may see which bid it is (to judge a conflict) but not its
   * content: asking for content fields of an unaccepted assignment is refused.
   */
  @ResolveField(() => SubmissionModel)
  async submission(
    @Parent() assignment: EvaluationAssignmentModel,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubmissionModel> {
    if (!EvaluationPolicy.readsContent(assignment.status) && asksFor(info, info.fieldNodes[0].selectionSet, CONTENT_FIELDS)) {
      throw forbidden('Accept the assignment (confirming no conflict of interest) before reading the submission');
    }
    const submission = await assignedSubmissionLoader(ctx, this.submissions).load(assignment.submissionId);
    if (!submission) throw notFound('Submission');
    return toSubmissionModel(submission);
  }

  @ResolveField(() => UserModel)
  async evaluator(@Parent() assignment: EvaluationAssignmentModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await userLoader(ctx, this.identity).load(assignment.evaluatorUserId);
    if (!user) throw notFound('User');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organisationId: user.organisationId,
    } as UserModel;
  }

  /** The evaluator's own scores only: assignments are never shown to anyone else. */
  @ResolveField(() => [CriterionScoreModel])
  async scores(@Parent() assignment: EvaluationAssignmentModel, @Context() ctx: GqlContext): Promise<CriterionScoreModel[]> {
    const [scores, criteria] = await Promise.all([
      assignmentScoresLoader(ctx, this.queries).load(assignment.id),
      criteriaLoader(ctx, this.challenges).load(assignment.challengeId),
    ]);
    return toScoreModels(scores, criteria);
  }
}

/** Whether a selection (fragments included) names any of `fields` at its top level. */
function asksFor(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, fields: Set<string>): boolean {
  return (selectionSet?.selections ?? []).some((s) => {
    if (s.kind === 'Field') return fields.has(s.name.value);
    if (s.kind === 'InlineFragment') return asksFor(info, s.selectionSet, fields);
    return asksFor(info, info.fragments[s.name.value]?.selectionSet, fields);
  });
}
