import { byKeys, GqlContext, groupByKeys } from '@app/core';
import { challengeLoader, ChallengeQueryService } from '@app/solicitations';
import { challengeSubmissionsLoader, type SubmissionEntity, SubmissionQueryService } from '@app/submissions';

import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';
import { EvaluationScoreEntity } from './entities/evaluation-score.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { SubmissionScreeningEntity } from './entities/submission-screening.entity';
import { EvaluationProgressCounts, EvaluationQueryService } from './evaluation-query.service';

/** Per-request loaders for the evaluation fields; they do not check access — the field resolvers apply the policy. */
export const screeningLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, SubmissionScreeningEntity | null>('evaluation.screening', async (ids) =>
    byKeys(ids, await q.screeningsOf(ids), (s) => s.submissionId),
  );

export const resultLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, SubmissionResultEntity | null>('evaluation.result', async (ids) =>
    byKeys(ids, await q.resultsOf(ids), (r) => r.submissionId),
  );

export const rankingLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, ChallengeRankingEntity | null>('evaluation.ranking', async (ids) =>
    byKeys(ids, await q.rankingsOf(ids), (r) => r.challengeId),
  );

export const assignmentScoresLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, EvaluationScoreEntity[]>('evaluation.assignmentScores', async (ids) =>
    groupByKeys(ids, await q.scoresOfAssignments(ids), (s) => s.assignmentId),
  );

export const debriefLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, EvaluationScoreEntity[]>('evaluation.debrief', async (ids) =>
    groupByKeys(ids, await q.debriefScores(ids), (s) => s.submissionId),
  );

export const challengeResultsLoader = (ctx: GqlContext, q: EvaluationQueryService) =>
  ctx.loaders.get<string, SubmissionResultEntity[]>('evaluation.challengeResults', async (ids) =>
    groupByKeys(ids, await q.resultsOfChallenges(ids), (r) => r.challengeId),
  );

/** Submissions by id for EvaluationAssignment.submission (the submissions domain has no by-id loader of its own). */
export const assignedSubmissionLoader = (ctx: GqlContext, q: SubmissionQueryService) =>
  ctx.loaders.get<string, SubmissionEntity | null>('evaluation.assignedSubmission', async (ids) =>
    byKeys(ids, await q.findByIds(ids), (s) => s.id),
  );

/** Challenge.evaluationProgress for a whole page of challenges at once (no query per row). */
export const progressLoader = (
  ctx: GqlContext,
  q: EvaluationQueryService,
  challenges: ChallengeQueryService,
  submissions: SubmissionQueryService,
) =>
  ctx.loaders.get<string, EvaluationProgressCounts>('evaluation.progress', async (ids) => {
    const [found, bids] = await Promise.all([
      challengeLoader(ctx, challenges).loadMany(ids),
      challengeSubmissionsLoader(ctx, submissions).loadMany(ids),
    ]);
    return q.progressOf(
      ids.map((id, i) => {
        const challenge = found[i];
        const live = bids[i];
        if (!challenge || challenge instanceof Error) throw challenge ?? new Error(`challenge ${id} vanished`);
        if (live instanceof Error) throw live;
        return {
          id,
          perSubmission: challenge.evaluatorsPerSubmission,
          scoringDeadline: challenge.scoringDeadline,
          live: live.filter((s) => s.status !== 'WITHDRAWN'),
        };
      }),
    );
  });
