import { Actor, AuditRecord, AuditWriter, invalidState, isUuid, notFound, throwIfProblems, TransactionRunner, Tx } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService, ChallengeQueryService, SolicitationsPolicy } from '@app/solicitations';
import { type SubmissionEntity, SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable, Logger } from '@nestjs/common';

import { aggregationPage, type BidToAggregate } from './aggregation-page.query';
import { ScoreInput } from './dto/evaluation.inputs';
import { aggregateScores, AggregationInputError, type WeightedCriterion } from './engine';
import { moderationSheetProblems } from './engine/score-rules';
import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';
import { EvaluationScoreEntity } from './entities/evaluation-score.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { ACTIVE_ASSIGNMENT_STATUSES, type ConsensusScore } from './evaluation.types';

export type AggregateOutcome = 'EVALUATED' | 'AWAITING_MODERATION' | 'NOT_READY' | 'SKIPPED';

/** Bids aggregated per round trip in aggregateChallenge: bounds memory and statement size. */
export const AGGREGATION_PAGE_SIZE = 2000;

/**
 * Aggregation and moderation (docs/product.md step 5) through the pure engine. A submission is
 * aggregated once it has its full complement of active assignments, all scored (so a conflict
 * awaiting its replacement never lets two scores stand for three). A spread of 4 or more waits for
 * an officer's consensus; otherwise the submission is EVALUATED and ranking is asked for.
 *
 * aggregate() is the per-score job; aggregateChallenge() does the same for every ready bid of a
 * challenge (the sweep, or after bulk scoring) with a constant number of statements per page.
 */
@Injectable()
export class AggregationService {
  private readonly logger = new Logger('EvaluationAggregation');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly challenges: ChallengeQueryService,
    private readonly submissions: SubmissionEvaluationStateService,
    private readonly auditWriter: AuditWriter,
  ) {}

  /**
   * aggregate() for every ELIGIBLE bid of an EVALUATING challenge, a page at a time: a ready bid
   * gets its result (one INSERT … unnest per page) and, unless it needs moderation, becomes
   * EVALUATED (one UPDATE per page), each audited as aggregate() does; one ranking is asked for.
   * Returns how many bids became EVALUATED. Idempotent: a second run finds nothing ready.
   */
  aggregateChallenge(challengeId: string): Promise<number> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'EVALUATING') return 0;
      const criteria = (await this.challenges.criteriaOf([challengeId])).map((c) => ({ id: c.id, weight: c.weight }));
      let evaluated = 0;
      let afterId: string | null = null;
      for (;;) {
        const page = await aggregationPage(tx, challengeId, ACTIVE_ASSIGNMENT_STATUSES, afterId, AGGREGATION_PAGE_SIZE);
        if (!page.length) break;
        evaluated += await this.aggregatePage(tx, challenge, criteria, page);
        if (page.length < AGGREGATION_PAGE_SIZE) break;
        afterId = page[page.length - 1].id;
      }
      if (evaluated) tx.emit('evaluation.rank', { challengeId });
      return evaluated;
    });
  }

  private async aggregatePage(tx: Tx, challenge: ChallengeEntity, criteria: WeightedCriterion[], page: BidToAggregate[]): Promise<number> {
    const fresh: { id: string; totalScore: number; needsModeration: boolean; criteria: unknown; evaluators: number }[] = [];
    const finished: { id: string; totalScore: number }[] = [];
    for (const bid of page) {
      if (bid.result) {
        // Aggregated before but not moved on: only the officer's consensus moves one needing moderation.
        if (!bid.result.needsModeration) finished.push({ id: bid.id, totalScore: bid.result.totalScore });
        continue;
      }
      const ready = bid.active >= challenge.evaluatorsPerSubmission && bid.scored === bid.active;
      if (!ready) continue;
      try {
        if (bid.sheets.length !== bid.active)
          throw new AggregationInputError([`${bid.active - bid.sheets.length} scored assignment(s) have no scores`]);
        const outcome = aggregateScores(criteria, bid.sheets);
        fresh.push({ id: bid.id, ...outcome, evaluators: bid.sheets.length });
        if (!outcome.needsModeration) finished.push({ id: bid.id, totalScore: outcome.totalScore });
      } catch (error) {
        // One bad sheet must not hold up the other bids; aggregate() of this bid reports it too.
        if (!(error instanceof AggregationInputError)) throw error;
        this.logger.warn(`submission ${bid.id} cannot be aggregated: ${error.message}`);
      }
    }
    if (fresh.length) {
      await tx.manager.query(
        `INSERT INTO submission_result (submission_id, challenge_id, total_score, needs_moderation, criteria, aggregated_at)
         SELECT u.submission_id, $1, u.total_score, u.needs_moderation, u.criteria, $2
           FROM unnest($3::uuid[], $4::float8[], $5::boolean[], $6::jsonb[]) AS u(submission_id, total_score, needs_moderation, criteria)
         ON CONFLICT DO NOTHING`,
        [
          challenge.id,
          tx.now,
          fresh.map((f) => f.id),
          fresh.map((f) => f.totalScore),
          fresh.map((f) => f.needsModeration),
          fresh.map((f) => JSON.stringify(f.criteria)),
        ],
      );
      const records: AuditRecord[] = fresh.map((f) => ({
        action: 'evaluation.aggregated',
        entityType: 'Submission',
        entityId: f.id,
        data: { challengeId: challenge.id, totalScore: f.totalScore, needsModeration: f.needsModeration, evaluators: f.evaluators },
      }));
      // Through the AuditWriter in this transaction: a page's events in one INSERT, whatever the challenge's size.
      await this.auditWriter.append(tx.manager, tx.actor?.userId ?? null, records);
    }
    return this.submissions.markEvaluatedMany(
      tx,
      finished.map((f) => ({ id: f.id, challengeId: challenge.id, status: 'ELIGIBLE' as const, totalScore: f.totalScore })),
    );
  }

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
