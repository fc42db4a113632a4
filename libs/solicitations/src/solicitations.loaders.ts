import { byKeys, GqlContext, groupByKeys } from '@app/core';

import { ChallengeQueryService } from './challenge-query.service';
import { ChallengeEntity } from './entities/challenge.entity';
import { ChallengeAmendmentEntity } from './entities/challenge-amendment.entity';
import { EvaluationCriterionEntity } from './entities/evaluation-criterion.entity';
import { QuestionEntity } from './entities/question.entity';

/**
 * Per-request loaders for challenge relations: one query per relation per request, whatever the
 * page size. challengeLoader returns rows without a visibility check: callers apply the policy.
 */
export const challengeLoader = (ctx: GqlContext, q: ChallengeQueryService) =>
  ctx.loaders.get<string, ChallengeEntity | null>('solicitations.challenge', async (ids) =>
    byKeys(ids, await q.findByIds(ids), (c) => c.id),
  );

export const criteriaLoader = (ctx: GqlContext, q: ChallengeQueryService) =>
  ctx.loaders.get<string, EvaluationCriterionEntity[]>('solicitations.criteria', async (ids) =>
    groupByKeys(ids, await q.criteriaOf(ids), (c) => c.challengeId),
  );

export const questionsLoader = (ctx: GqlContext, q: ChallengeQueryService) =>
  ctx.loaders.get<string, QuestionEntity[]>('solicitations.questions', async (ids) =>
    groupByKeys(ids, await q.questionsOf(ids), (c) => c.challengeId),
  );

export const amendmentsLoader = (ctx: GqlContext, q: ChallengeQueryService) =>
  ctx.loaders.get<string, ChallengeAmendmentEntity[]>('solicitations.amendments', async (ids) =>
    groupByKeys(ids, await q.amendmentsOf(ids), (c) => c.challengeId),
  );
