import { TransactionRunner } from '@app/core';
import { ChallengeLifecycleService } from '@app/solicitations';
import { SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { rankSubmissions, recommend } from './engine';
import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';

export type RankOutcome = 'RANKED' | 'NOT_READY' | 'SKIPPED';

/**
 * Ranking (docs/product.md step 6) through the pure engine, once every eligible submission of an
 * EVALUATING challenge is EVALUATED: ranks and the greedy recommendation are written to the
 * results and one challenge_ranking row, whose key makes a second ranking impossible.
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
  ) {}

  rankChallenge(challengeId: string): Promise<RankOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'EVALUATING') return 'SKIPPED';
      if (await tx.manager.findOneBy(ChallengeRankingEntity, { challengeId })) return 'SKIPPED';
      const inPlay = await this.submissions.ofChallenge(tx, challengeId, ['ELIGIBLE', 'EVALUATED']);
      if (!inPlay.length || inPlay.some((s) => s.status !== 'EVALUATED')) return 'NOT_READY';
      const results = await tx.manager.find(SubmissionResultEntity, { where: { submissionId: In(inPlay.map((s) => s.id)) } });
      const ranked = rankSubmissions(
        inPlay.map((s) => ({
          submissionId: s.id,
          totalScore: results.find((r) => r.submissionId === s.id)!.totalScore,
          priceMinor: s.priceMinor,
          submittedAt: s.submittedAt,
        })),
      );
      const recommendation = recommend(ranked, { budgetMinor: challenge.budgetMinor, maxAwards: challenge.maxAwards });
      for (const entry of ranked) {
        await tx.manager.update(
          SubmissionResultEntity,
          { submissionId: entry.submissionId },
          { rank: entry.rank, recommended: recommendation.submissionIds.includes(entry.submissionId) },
        );
      }
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
