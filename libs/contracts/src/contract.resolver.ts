import { Actor, GqlContext, notFound, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { IdentityService, organisationLoader } from '@app/identity';
import { OrganisationModel } from '@app/identity/api';
import { challengeLoader, ChallengeQueryService } from '@app/solicitations';
import { ChallengeModel, toChallengeModel } from '@app/solicitations/api';
import { SubmissionQueryService, SubmissionsPolicy } from '@app/submissions';
import { SubmissionModel, toSubmissionModel } from '@app/submissions/api';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ContractService } from './contract.service';
import { ContractQueryService } from './contract-query.service';
import { contractLoader, contractSubmissionLoader, followOnsLoader, milestonesLoader } from './contracts.loaders';
import { FollowOnInput } from './dto/contract.inputs';
import { toContractModel, toMilestoneModel } from './models/contract.mapper';
import { MicroContractModel, MilestoneModel } from './models/contract.models';

/** Contract queries and contract-level mutations; relations through per-request loaders. */
@Resolver(() => MicroContractModel)
export class ContractResolver {
  constructor(
    private readonly commands: ContractService,
    private readonly queries: ContractQueryService,
    private readonly challenges: ChallengeQueryService,
    private readonly submissions: SubmissionQueryService,
    private readonly identity: IdentityService,
  ) {}

  @Roles('VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN')
  @Query(() => MicroContractModel, {
    nullable: true,
    description: "The vendor's own, the buyer officers' own, or any for auditors and admins; otherwise NOT_FOUND.",
  })
  async contract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MicroContractModel> {
    return toContractModel(await this.queries.findVisible(actor, id));
  }

  @Roles('VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN')
  @Query(() => [MicroContractModel], { description: 'Every contract the caller may see, newest first.' })
  async contracts(@CurrentActor() actor: Actor): Promise<MicroContractModel[]> {
    return (await this.queries.listVisible(actor)).map(toContractModel);
  }

  @Roles('VENDOR')
  @Mutation(() => MicroContractModel)
  async signContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MicroContractModel> {
    return toContractModel(await this.commands.sign(actor, id));
  }

  @Roles('OFFICER')
  @Mutation(() => MicroContractModel)
  async issueFollowOn(
    @CurrentActor() actor: Actor,
    @Args('parentId', { type: () => ID }) parentId: string,
    @Args('input') input: FollowOnInput,
  ): Promise<MicroContractModel> {
    return toContractModel(await this.commands.issueFollowOn(actor, parentId, input));
  }

  @Roles('OFFICER')
  @Mutation(() => MicroContractModel)
  async terminateContract(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<MicroContractModel> {
    return toContractModel(await this.commands.terminate(actor, id, reason));
  }

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() contract: MicroContractModel, @Context() ctx: GqlContext): Promise<ChallengeModel> {
    const challenge = await challengeLoader(ctx, this.challenges).load(contract.challengeId);
    if (!challenge) throw notFound('Challenge');
    return toChallengeModel(challenge);
  }

  @ResolveField(() => OrganisationModel)
  async vendor(@Parent() contract: MicroContractModel, @Context() ctx: GqlContext) {
    const vendor = await organisationLoader(ctx, this.identity).load(contract.vendorOrganisationId);
    if (!vendor) throw notFound('Organisation');
    return vendor;
  }

  /** The awarded bid, for those the sealed-bid rules let see it (the vendor, the buyer's officers); null for follow-ons. */
  @ResolveField(() => SubmissionModel, { nullable: true })
  async submission(
    @Parent() contract: MicroContractModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<SubmissionModel | null> {
    if (!contract.submissionId) return null;
    const [submission, challenge] = await Promise.all([
      contractSubmissionLoader(ctx, this.submissions).load(contract.submissionId),
      challengeLoader(ctx, this.challenges).load(contract.challengeId),
    ]);
    return submission && challenge && SubmissionsPolicy.canSee(actor, submission, challenge) ? toSubmissionModel(submission) : null;
  }

  /** Whoever sees a follow-on sees its parent: same vendor, same buyer. */
  @ResolveField(() => MicroContractModel, { nullable: true })
  async parent(@Parent() contract: MicroContractModel, @Context() ctx: GqlContext): Promise<MicroContractModel | null> {
    if (!contract.parentId) return null;
    const parent = await contractLoader(ctx, this.queries).load(contract.parentId);
    return parent ? toContractModel(parent) : null;
  }

  @ResolveField(() => [MicroContractModel])
  async followOns(@Parent() contract: MicroContractModel, @Context() ctx: GqlContext): Promise<MicroContractModel[]> {
    return (await followOnsLoader(ctx, this.queries).load(contract.id)).map(toContractModel);
  }

  @ResolveField(() => [MilestoneModel])
  async milestones(@Parent() contract: MicroContractModel, @Context() ctx: GqlContext): Promise<MilestoneModel[]> {
    return (await milestonesLoader(ctx, this.queries).load(contract.id)).map(toMilestoneModel);
  }
}
