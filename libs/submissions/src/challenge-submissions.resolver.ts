import { Actor, GqlContext, hasRole } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { challengeLoader, ChallengeQueryService } from '@app/solicitations';
import { ChallengeModel } from '@app/solicitations/api';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { toSubmissionModel } from './models/submission.mapper';
import { SubmissionModel } from './models/submission.models';
import { SubmissionQueryService } from './submission-query.service';
import { challengeSubmissionsLoader, sealedBidsRefusalLoader } from './submissions.loaders';
import { SubmissionsPolicy } from './submissions.policy';

/** Challenge.submissions, owned here so that solicitations does not depend on submissions. */
@Resolver(() => ChallengeModel)
export class ChallengeSubmissionsResolver {
  constructor(
    private readonly queries: SubmissionQueryService,
    private readonly challenges: ChallengeQueryService,
  ) {}

  @ResolveField(() => [SubmissionModel], { description: 'Officers of the buying organisation after close; a vendor sees only its own.' })
  async submissions(
    @Parent() parent: ChallengeModel,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor | null,
  ): Promise<SubmissionModel[]> {
    // Re-read through the loader: the parent may predate a close that happened within this request.
    const challenge = (await challengeLoader(ctx, this.challenges).load(parent.id)) ?? parent;
    if (SubmissionsPolicy.buyerMaySeeBids(actor, challenge)) {
      return (await challengeSubmissionsLoader(ctx, this.queries).load(parent.id))
        .filter((s) => s.status !== 'WITHDRAWN')
        .map(toSubmissionModel);
    }
    if (hasRole(actor, 'VENDOR')) {
      return (await challengeSubmissionsLoader(ctx, this.queries).load(parent.id))
        .filter((s) => SubmissionsPolicy.isOwnVendor(actor, s))
        .map(toSubmissionModel);
    }
    // Sealed: not even the count. A signed-in reader refused here is audited.
    if (actor) await sealedBidsRefusalLoader(ctx, this.queries, actor).load(parent.id);
    return [];
  }
}
