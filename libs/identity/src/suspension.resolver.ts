import { Actor, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { OrganisationModel, SuspensionModel } from './models/identity.models';
import { SuspensionPolicy } from './suspension.policy';
import { SuspensionService } from './suspension.service';

/** Organisation.suspension and liftSuspension. */
@Resolver(() => OrganisationModel)
export class SuspensionResolver {
  constructor(private readonly suspensions: SuspensionService) {}

  @Roles('ADMIN')
  @Mutation(() => OrganisationModel, { description: "ADMIN: lift a vendor's suspension after review, with a reason." })
  liftSuspension(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('reason') reason: string,
  ): Promise<OrganisationModel> {
    return this.suspensions.lift(actor, organisationId, reason);
  }

  @ResolveField(() => SuspensionModel, {
    nullable: true,
    description:
      'Vendors: set while bidding is suspended after a revocation, until an ADMIN lifts it. Seen by the vendor, officers, auditors, admins.',
  })
  suspension(@Parent() organisation: OrganisationModel, @CurrentActor() actor: Actor | null): SuspensionModel | null {
    if (!organisation.suspendedAt || !SuspensionPolicy.canSee(actor, organisation)) return null;
    return {
      reason: organisation.suspensionReason ?? '',
      since: organisation.suspendedAt,
      attestationId: organisation.suspensionAttestationId ?? null,
    };
  }
}
