import { TransactionRunner } from '@app/core';
import { ChallengeLifecycleService } from '@app/solicitations';
import { Injectable } from '@nestjs/common';

import { rankSubmissions, recommend } from './engine';
import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';

export type RankOutcome = 'RANKED' | 'NOT_READY' | 'SKIPPED';

/**
 * Ranking (docs/product.md step 6) through the pure engine, once every eligible submission of an
 * EVALUATING challenge is EVALUATED: ranks and the greedy recommendation are written to the
 * results and one challenge_ranking row, whose key makes a second ranking impossible.
 *
 * Set-based (issue 16): a count decides "not ready" without reading the bids (every aggregated
 * bid asks for a ranking, so this runs once per bid while aggregation is under way), the bids are
 * read as compact rows, and all ranks are written with one UPDATE … unnest.
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
  ) {}

  rankChallenge(challengeId: string): Promise<RankOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'EVALUATING') return 'SKIPPED';
      if (await tx.manager.findOneBy(ChallengeRankingEntity, { challengeId })) return 'SKIPPED';
      const [{ evaluated, waiting }]: { evaluated: number; waiting: number }[] = await tx.manager.query(
        `SELECT count(*) FILTER (WHERE status = 'EVALUATED')::int AS evaluated, count(*) FILTER (WHERE status = 'ELIGIBLE')::int AS waiting
           FROM submission WHERE challenge_id = $1 AND status IN ('ELIGIBLE', 'EVALUATED')`,
        [challengeId],
      );
      if (!evaluated || waiting) return 'NOT_READY';
      const rows: { id: string; price_minor: string; submitted_at: Date; total_score: number }[] = await tx.manager.query(
        `SELECT s.id, s.price_minor::text AS price_minor, s.submitted_at, r.total_score
           FROM submission s JOIN submission_result r ON r.submission_id = s.id
          WHERE s.challenge_id = $1 AND s.status = 'EVALUATED'`,
        [challengeId],
      );
      const ranked = rankSubmissions(
        rows.map((r) => ({
          submissionId: r.id,
          totalScore: r.total_score,
          priceMinor: Number(r.price_minor),
          submittedAt: r.submitted_at,
        })),
      );
      const recommendation = recommend(ranked, { budgetMinor: challenge.budgetMinor, maxAwards: challenge.maxAwards });
      const recommended = new Set(recommendation.submissionIds);
      await tx.manager.query(
        `UPDATE submission_result r SET rank = u.rank, recommended = u.recommended
           FROM unnest($1::uuid[], $2::int[], $3::boolean[]) AS u(submission_id, rank, recommended)
          WHERE r.submission_id = u.submission_id`,
        [ranked.map((e) => e.submissionId), ranked.map((e) => e.rank), ranked.map((e) => recommended.has(e.submissionId))],
      );
      await tx.manager.insert(ChallengeRankingEntity, {
        challengeId,
        rankedAt: tx.now,
        recommendedSubmissionIds: recommendation.submissionIds,
        recommendedTotalMinor: recommendation.totalPriceMinor,
      });
      tx.audit({
        action: 'evaluation.ranked',
        entityType: 'Challenge',
        entityId: challengeId,
        data: {
          ranking: ranked.map((r) => ({ submissionId: r.submissionId, rank: r.rank, totalScore: r.totalScore })),
          recommended: recommendation.submissionIds,
        },
      });
      return 'RANKED';
    });
  }
}
