import { Actor, GqlContext, groupByKeys } from '@app/core';

import { SubmissionEntity } from './entities/submission.entity';
import { SubmissionQueryService } from './submission-query.service';

/** Submissions per challenge, one query per request; the field resolver applies the sealed-bid rules. */
export const challengeSubmissionsLoader = (ctx: GqlContext, q: SubmissionQueryService) =>
  ctx.loaders.get<string, SubmissionEntity[]>('submissions.byChallenge', async (ids) =>
    groupByKeys(ids, await q.ofChallenges(ids), (s) => s.challengeId),
  );

/**
 * Challenge.submissions refusals of one request, audited together: a listing of sealed challenges
 * costs one audit transaction, not one per row. The key is the challenge id; the actor is the request's.
 */
export const sealedBidsRefusalLoader = (ctx: GqlContext, q: SubmissionQueryService, actor: Actor) =>
  ctx.loaders.get<string, true>('submissions.sealedRefusals', async (challengeIds) => {
    await q.auditDeniedMany(
      actor,
      challengeIds.map((id) => ({ entityType: 'Challenge', entityId: id, data: { field: 'Challenge.submissions' } })),
    );
    return challengeIds.map(() => true as const);
  });
