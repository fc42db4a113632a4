import { Actor, ClockService, GqlContext, hasRole, notFound, Roles, type TrustedJurisdiction } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { IdentityService, organisationLoader } from '@app/identity';
import { OrganisationModel } from '@app/identity/api';
import { Inject, Optional } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AttestationService } from './attestation.service';
import { AttestationReviewService } from './attestation-review.service';
import { SubmitAttestationInput } from './dto/sovereignty.inputs';
import { toAnswerMap } from './engine/answer-validation';
import { AttestationStatus, effectiveStatus } from './engine/attestation-status';
import { assessTier } from './engine/tier-engine';
import type { StoredAnswer } from './entities/attestation.entity';
import { AttestationStatusEnum, TrustedJurisdictionEnum } from './models/sovereignty.enums';
import { AttestationModel, CriterionAnswerModel, TierAssessmentModel } from './models/sovereignty.models';
import { requestNow } from './sovereignty.loaders';
import { SovereigntyPolicy } from './sovereignty.policy';
import { VENDOR_RELATIONSHIP, type VendorRelationship } from './vendor-relationship';

@Resolver(() => AttestationModel)
export class AttestationResolver {
  constructor(
    private readonly attestations: AttestationService,
    private readonly reviews: AttestationReviewService,
    private readonly identity: IdentityService,
    private readonly clock: ClockService,
    @Optional() @Inject(VENDOR_RELATIONSHIP) private readonly relationship?: VendorRelationship,
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

  @Roles('ADMIN')
  @Mutation(() => AttestationModel, { description: "ADMIN: records misrepresentation and suspends the vendor's bidding until lifted." })
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

  /** Need-to-know (SovereigntyPolicy.canReadAnswers): readers without it get an empty list. */
  @ResolveField(() => [CriterionAnswerModel])
  async answers(
    @Parent() attestation: AttestationModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<StoredAnswer[]> {
    return (await this.mayReadAnswers(actor, attestation, ctx)) ? attestation.answers : [];
  }

  /** The tier per trusted set is for every reader; gaps that quote answers follow the answers' rule. */
  @ResolveField(() => TierAssessmentModel)
  async assessment(
    @Parent() attestation: AttestationModel,
    @Args('trusted', { type: () => TrustedJurisdictionEnum }) trusted: TrustedJurisdiction,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<TierAssessmentModel> {
    const active = effectiveStatus(attestation, await requestNow(ctx, this.clock)) === 'ACTIVE';
    const assessment = assessTier(toAnswerMap(attestation.answers), trusted, { active });
    // Without need-to-know only gaps that quote no answer stay (e.g. the attestation's own status).
    const answered = new Set(attestation.answers.map((a) => a.code));
    const gaps = (await this.mayReadAnswers(actor, attestation, ctx))
      ? assessment.gaps
      : assessment.gaps.filter((g) => !answered.has(g.code));
    return { trusted, tier: assessment.tier, gaps };
  }

  private async mayReadAnswers(actor: Actor | null, attestation: AttestationModel, ctx: GqlContext): Promise<boolean> {
    const officerOnly = !!actor && hasRole(actor, 'OFFICER') && !hasRole(actor, 'AUDITOR', 'ADMIN');
    const related =
      officerOnly && actor.organisationId !== attestation.vendorOrganisationId
        ? await this.closedBidWithActorsBuyer(actor, attestation.vendorOrganisationId, ctx)
        : false;
    return SovereigntyPolicy.canReadAnswers(actor, attestation, related);
  }

  /** Batched per request: one question to the submissions domain however many attestations a response shows. */
  private closedBidWithActorsBuyer(actor: Actor, vendorOrganisationId: string, ctx: GqlContext): Promise<boolean> {
    const relationship = this.relationship;
    if (!relationship) return Promise.resolve(false);
    return ctx.loaders
      .get<string, boolean>('sovereignty.closed-bid-with-buyer', async (vendorIds) => {
        const related = await relationship.vendorsWithClosedBids(actor.organisationId, vendorIds);
        return vendorIds.map((id) => related.has(id));
      })
      .load(vendorOrganisationId);
  }
}
