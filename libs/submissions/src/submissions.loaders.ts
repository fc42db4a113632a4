import { GqlContext, groupByKeys } from '@app/core';
import { SubmissionEntity } from './submission.entity';
import { SubmissionQueryService } from './submission-query.service';

/** Submissions per challenge, one query per request; the field resolver applies the sealed-bid rules. */
export const challengeSubmissionsLoader = (ctx: GqlContext, q: SubmissionQueryService) =>
  ctx.loaders.get<string, SubmissionEntity[]>('submissions.byChallenge', async (ids) => groupByKeys(ids, await q.ofChallenges(ids), (s) => s.challengeId));
