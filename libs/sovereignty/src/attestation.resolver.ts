import { Actor, ClockService, CurrentActor, GqlContext, notFound, Roles, type TrustedJurisdiction } from '@app/core';
import { IdentityService, organisationLoader, OrganisationModel } from '@app/identity';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AttestationService } from './attestation.service';
import { AttestationReviewService } from './attestation-review.service';
import { AttestationStatus, effectiveStatus } from './attestation-status';
import { SubmitAttestationInput } from './dto/sovereignty.inputs';
import { toAnswerMap } from './engine/answer-validation';
import { assessTier } from './engine/tier-engine';
import { AttestationStatusEnum, TrustedJurisdictionEnum } from './models/sovereignty.enums';
import { AttestationModel, TierAssessmentModel } from './models/sovereignty.models';
import { requestNow } from './sovereignty.loaders';

@Resolver(() => AttestationModel)
export class AttestationResolver {
  constructor(
    private readonly attestations: AttestationService,
    private readonly reviews: AttestationReviewService,
    private readonly identity: IdentityService,
    private readonly clock: ClockService,
  ) {}

  @Roles('VENDOR')
  @Query(() => AttestationModel, { nullable: true })
  myAttestation(@CurrentActor() actor: Actor): Promise<AttestationModel | null> {
    return this.attestations.latestForOrganisation(actor.organisationId);
  }

  @Roles('VENDOR')
  @Query(() => [AttestationModel], { description: "The caller's organisation's attestation versions, newest first." })
  myAttestationHistory(@CurrentActor() actor: Actor): Promise<AttestationModel[]> {
    return this.attestations.historyForOrganisation(actor.organisationId);
  }

  @Roles('VENDOR', 'OFFICER', 'AUDITOR', 'ADMIN')
  @Query(() => AttestationModel, { nullable: true })
  attestation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AttestationModel> {
    return this.attestations.findForActor(actor, id);
  }

  @Roles('VENDOR')
  @Mutation(() => AttestationModel)
  submitAttestation(@CurrentActor() actor: Actor, @Args('input') input: SubmitAttestationInput): Promise<AttestationModel> {
    return this.attestations.submit(actor, input);
  }

  @Roles('OFFICER', 'ADMIN')
  @Mutation(() => AttestationModel)
  verifyAttestationCriteria(
    @CurrentActor() actor: Actor,
    @Args('attestationId', { type: () => ID }) attestationId: string,
    @Args('codes', { type: () => [String] }) codes: string[],
  ): Promise<AttestationModel> {
    return this.reviews.verifyCriteria(actor, attestationId, codes);
  }

  @Roles('OFFICER', 'ADMIN')
  @Mutation(() => AttestationModel)
  challengeAttestation(
    @CurrentActor() actor: Actor,
    @Args('attestationId', { type: () => ID }) attestationId: string,
    @Args('reason') reason: string,
  ): Promise<AttestationModel> {
    return this.reviews.challenge(actor, attestationId, reason);
  }

  @Roles('OFFICER', 'ADMIN')
  @Mutation(() => AttestationModel)
  revokeAttestation(
    @CurrentActor() actor: Actor,
    @Args('attestationId', { type: () => ID }) attestationId: string,
    @Args('reason') reason: string,
  ): Promise<AttestationModel> {
    return this.reviews.revoke(actor, attestationId, reason);
  }

  /** Expiry applies at read time too, by the database clock. */
  @ResolveField(() => AttestationStatusEnum)
  async status(@Parent() attestation: AttestationModel, @Context() ctx: GqlContext): Promise<AttestationStatus> {
    return effectiveStatus(attestation, await requestNow(ctx, this.clock));
  }

  @ResolveField(() => OrganisationModel)
  async vendor(@Parent() attestation: AttestationModel, @Context() ctx: GqlContext): Promise<OrganisationModel> {
    const organisation = await organisationLoader(ctx, this.identity).load(attestation.vendorOrganisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  @ResolveField(() => TierAssessmentModel)
  async assessment(
    @Parent() attestation: AttestationModel,
    @Args('trusted', { type: () => TrustedJurisdictionEnum }) trusted: TrustedJurisdiction,
    @Context() ctx: GqlContext,
  ): Promise<TierAssessmentModel> {
    const active = effectiveStatus(attestation, await requestNow(ctx, this.clock)) === 'ACTIVE';
    return { trusted, ...assessTier(toAnswerMap(attestation.answers), trusted, { active }) };
  }
}
