import { Actor, invalidState, isUuid, notFound, throwIfProblems, TransactionRunner, Tx } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService, ChallengeQueryService, SolicitationsPolicy } from '@app/solicitations';
import { type SubmissionEntity, SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { ScoreInput } from './dto/evaluation.inputs';
import { aggregateScores } from './engine';
import { moderationSheetProblems } from './engine/score-rules';
import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';
import { EvaluationScoreEntity } from './entities/evaluation-score.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { ACTIVE_ASSIGNMENT_STATUSES, type ConsensusScore } from './evaluation.types';

export type AggregateOutcome = 'EVALUATED' | 'AWAITING_MODERATION' | 'NOT_READY' | 'SKIPPED';

/**
 * Aggregation and moderation (docs/product.md step 5) through the pure engine. A submission is
 * aggregated once it has its full complement of active assignments, all scored (so a conflict
 * awaiting its replacement never lets two scores stand for three). A spread of 4 or more waits for
 * an officer's consensus; otherwise the submission is EVALUATED and ranking is asked for.
 */
@Injectable()
export class AggregationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly challenges: ChallengeQueryService,
    private readonly submissions: SubmissionEvaluationStateService,
  ) {}

  aggregate(submissionId: string): Promise<AggregateOutcome> {
    return this.transactions.run(null, async (tx) => {
      const loaded = await this.load(tx, submissionId);
      if (!loaded) return 'SKIPPED';
      const { challenge, submission } = loaded;
      if (challenge.status !== 'EVALUATING' || submission.status !== 'ELIGIBLE') return 'SKIPPED';
      const existing = await tx.manager.findOneBy(SubmissionResultEntity, { submissionId });
      // Awaiting moderation: the scores are final, so only the officer's consensus moves it on.
      if (existing) return existing.needsModeration ? 'AWAITING_MODERATION' : this.finish(tx, submission, existing);
      const sheets = await this.sheets(tx, submissionId, challenge.evaluatorsPerSubmission);
      if (!sheets) return 'NOT_READY';
      const result = await this.compute(challenge, sheets, []);
      const row = tx.manager.create(SubmissionResultEntity, {
        submissionId,
        challengeId: challenge.id,
        ...result,
        consensus: null,
        aggregatedAt: tx.now,
      });
      await tx.manager.insert(SubmissionResultEntity, row);
      tx.audit({
        action: 'evaluation.aggregated',
        entityType: 'Submission',
        entityId: submissionId,
        data: {
          challengeId: challenge.id,
          totalScore: result.totalScore,
          needsModeration: result.needsModeration,
          evaluators: sheets.length,
        },
      });
      return result.needsModeration ? 'AWAITING_MODERATION' : this.finish(tx, submission, row);
    });
  }

  moderate(actor: Actor, submissionId: string, scores: ScoreInput[], rawRationale: string): Promise<SubmissionEntity> {
    const rationale = rawRationale.trim();
    return this.transactions.run(actor, async (tx) => {
      const loaded = isUuid(submissionId) ? await this.load(tx, submissionId) : null;
      if (!loaded || !SolicitationsPolicy.isBuyerOfficer(actor, loaded.challenge)) throw notFound('Submission');
      const { challenge, submission } = loaded;
      const existing = await tx.manager.findOneBy(SubmissionResultEntity, { submissionId });
      if (challenge.status !== 'EVALUATING' || !existing?.needsModeration) throw invalidState('This submission is not awaiting moderation');
      const criteria = await this.challenges.criteriaOf([challenge.id]);
      const problems = moderationSheetProblems(scores, criteria, existing.criteria);
      if (!rationale) problems.push('rationale is required');
      throwIfProblems(problems);
      const sheets = (await this.sheets(tx, submissionId, challenge.evaluatorsPerSubmission))!;
      const consensus: ConsensusScore[] = scores.map((s) => ({
        criterionId: s.criterionId,
        score: s.score,
        justification: s.justification.trim(),
      }));
      Object.assign(existing, await this.compute(challenge, sheets, consensus), {
        consensus,
        moderationRationale: rationale,
        moderatedByUserId: actor.userId,
        moderatedAt: tx.now,
      });
      await tx.manager.save(existing);
      tx.audit({
        action: 'evaluation.moderated',
        entityType: 'Submission',
        entityId: submissionId,
        data: { challengeId: challenge.id, consensus, rationale, totalScore: existing.totalScore },
      });
      await this.finish(tx, submission, existing);
      return submission;
    });
  }

  private async finish(tx: Tx, submission: SubmissionEntity, result: SubmissionResultEntity): Promise<AggregateOutcome> {
    if (await this.submissions.markEvaluated(tx, submission, result.totalScore))
      tx.emit('evaluation.rank', { challengeId: submission.challengeId });
    return 'EVALUATED';
  }

  private async compute(challenge: ChallengeEntity, sheets: { criterionId: string; score: number }[][], consensus: ConsensusScore[]) {
    const criteria = await this.challenges.criteriaOf([challenge.id]);
    const outcome = aggregateScores(
      criteria.map((c) => ({ id: c.id, weight: c.weight })),
      sheets,
      new Map(consensus.map((c) => [c.criterionId, c.score])),
    );
    return { totalScore: outcome.totalScore, needsModeration: outcome.needsModeration, criteria: outcome.criteria };
  }

  /** Each active assignment's scores, or null while any is unscored or the complement is short. */
  private async sheets(tx: Tx, submissionId: string, perSubmission: number): Promise<{ criterionId: string; score: number }[][] | null> {
    const assignments = (await tx.manager.find(EvaluationAssignmentEntity, { where: { submissionId } })).filter((a) =>
      ACTIVE_ASSIGNMENT_STATUSES.includes(a.status),
    );
    if (assignments.length < perSubmission || assignments.some((a) => a.status !== 'SCORED')) return null;
    const scores = await tx.manager.find(EvaluationScoreEntity, { where: { submissionId } });
    return assignments.map((a) =>
      scores.filter((s) => s.assignmentId === a.id).map((s) => ({ criterionId: s.criterionId, score: s.score })),
    );
  }

  /** The submission and its challenge, the challenge locked first and the submission read after it. */
  private async load(tx: Tx, submissionId: string): Promise<{ challenge: ChallengeEntity; submission: SubmissionEntity } | null> {
    const first = await this.submissions.find(tx, submissionId);
    const challenge = first && (await this.lifecycle.lock(tx, first.challengeId));
    const submission = challenge && (await this.submissions.find(tx, submissionId));
    return challenge && submission ? { challenge, submission } : null;
  }
}
