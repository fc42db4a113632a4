import { Actor, GqlContext, notFound, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { IdentityService, organisationLoader } from '@app/identity';
import { OrganisationModel } from '@app/identity/api';
import { challengeLoader, ChallengeQueryService } from '@app/solicitations';
import { ChallengeModel, toChallengeModel } from '@app/solicitations/api';
import { attestationLoader, AttestationService } from '@app/sovereignty';
import { AttestationModel } from '@app/sovereignty/api';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { SubmitProposalInput } from './dto/submission.inputs';
import { toSubmissionModel } from './models/submission.mapper';
import { EligibilityResultModel, SubmissionModel } from './models/submission.models';
import { SubmissionService } from './submission.service';
import { SubmissionQueryService } from './submission-query.service';
import { SubmissionsPolicy } from './submissions.policy';

@Resolver(() => SubmissionModel)
export class SubmissionResolver {
  constructor(
    private readonly commands: SubmissionService,
    private readonly queries: SubmissionQueryService,
    private readonly challenges: ChallengeQueryService,
    private readonly identity: IdentityService,
    private readonly attestations: AttestationService,
  ) {}

  @Roles('VENDOR')
  @Mutation(() => SubmissionModel)
  async submitProposal(@CurrentActor() actor: Actor, @Args('input') input: SubmitProposalInput): Promise<SubmissionModel> {
    return toSubmissionModel(await this.commands.submit(actor, input));
  }

  @Roles('VENDOR')
  @Mutation(() => SubmissionModel, {
    description: 'Vendor: confirm a bid marked NEEDS_CONFIRMATION after an amendment (a new revision, same content).',
  })
  async confirmSubmission(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SubmissionModel> {
    return toSubmissionModel(await this.commands.confirm(actor, id));
  }

  @Roles('VENDOR')
  @Mutation(() => SubmissionModel)
  async withdrawSubmission(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SubmissionModel> {
    return toSubmissionModel(await this.commands.withdraw(actor, id));
  }

  @Roles('VENDOR')
  @Query(() => [SubmissionModel])
  async mySubmissions(@CurrentActor() actor: Actor): Promise<SubmissionModel[]> {
    return (await this.queries.mine(actor)).map(toSubmissionModel);
  }

  @Roles('VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN')
  @Query(() => SubmissionModel, { nullable: true, description: 'Sealed until close: NOT_FOUND for anyone but the vendor before then.' })
  async submission(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SubmissionModel> {
    return toSubmissionModel(await this.queries.findVisible(actor, id));
  }

  @Roles('VENDOR')
  @Query(() => EligibilityResultModel, {
    description: "A vendor's pre-check: could my organisation bid on this challenge now, and if not, why not.",
  })
  eligibility(@CurrentActor() actor: Actor, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<EligibilityResultModel> {
    return this.queries.eligibility(actor, challengeId);
  }

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() submission: SubmissionModel, @Context() ctx: GqlContext): Promise<ChallengeModel> {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge) throw notFound('Challenge');
    return toChallengeModel(challenge);
  }

  /** Every reader passed the sealed-bid rules; an evaluator of a blind challenge still gets null. */
  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Hidden (null) from evaluators when the challenge is blind.' })
  async vendor(@Parent() submission: SubmissionModel, @Context() ctx: GqlContext, @CurrentActor() actor: Actor | null) {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || SubmissionsPolicy.vendorHidden(actor, submission, challenge)) return null;
    return organisationLoader(ctx, this.identity).load(submission.vendorOrganisationId);
  }

  /**
   * Blind evaluation: the hash identifies the attestation version, which the same vendor reuses on
   * every bid for a year, so an evaluator who saw it next to a vendor's name on a bid that was not
   * blind would recognise the vendor here. Whoever may not know the bidder gets an empty string
   * (the field is non-null in the contract).
   */
  @ResolveField(() => String, {
    description: 'Hash of the attestation version frozen into this submission; empty for evaluators of a blind challenge.',
  })
  async attestationHash(
    @Parent() submission: SubmissionModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<string> {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || SubmissionsPolicy.vendorHidden(actor, submission, challenge)) return '';
    return submission.attestationHash;
  }

  /** The vendor's own users and the buyer's officers after close; evaluators never (it names the vendor). */
  @ResolveField(() => AttestationModel, {
    nullable: true,
    description: "That attestation version: for the vendor, and for the buyer's officers after close.",
  })
  async attestation(@Parent() submission: SubmissionModel, @Context() ctx: GqlContext, @CurrentActor() actor: Actor | null) {
    const challenge = await challengeLoader(ctx, this.challenges).load(submission.challengeId);
    if (!challenge || !SubmissionsPolicy.mayKnowBidder(actor, submission, challenge)) return null;
    return attestationLoader(ctx, this.attestations).load(submission.attestationId);
  }
}
