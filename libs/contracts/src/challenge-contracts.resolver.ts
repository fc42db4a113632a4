import { Actor, GqlContext } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { ChallengeModel } from '@app/solicitations/api';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ContractQueryService } from './contract-query.service';
import { challengeContractsLoader } from './contracts.loaders';
import { ContractsPolicy } from './contracts.policy';
import { toContractModel } from './models/contract.mapper';
import { MicroContractModel } from './models/contract.models';

/** Challenge.contracts, owned here so that solicitations does not depend on contracts. */
@Resolver(() => ChallengeModel)
export class ChallengeContractsResolver {
  constructor(private readonly queries: ContractQueryService) {}

  @ResolveField(() => [MicroContractModel], {
    description: "Every phase: the buyer's officers, auditors and admins see all; a vendor only its own.",
  })
  async contracts(
    @Parent() challenge: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<MicroContractModel[]> {
    const contracts = await challengeContractsLoader(ctx, this.queries).load(challenge.id);
    return contracts.filter((c) => ContractsPolicy.canView(actor, c)).map(toContractModel);
  }
}
