import { Actor, APP_CONFIG, AppConfig } from '@app/core';
import { EvaluatorAccess } from '@app/submissions';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { ChallengeRankingEntity } from './entities/challenge-ranking.entity';
import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';
import { EvaluationScoreEntity } from './entities/evaluation-score.entity';
import { SubmissionResultEntity } from './entities/submission-result.entity';
import { SubmissionScreeningEntity } from './entities/submission-screening.entity';
import { ACTIVE_ASSIGNMENT_STATUSES, READING_ASSIGNMENT_STATUSES } from './evaluation.types';

/** Submission statuses that mean the evaluation of that bid is complete. */
const EVALUATED_OR_DECIDED = ['EVALUATED', 'AWARDED', 'NOT_AWARDED'];

export interface EvaluationProgressCounts {
  submissions: number;
  screened: number;
  eligible: number;
  screenedOut: number;
  assignments: number;
  scoredAssignments: number;
  awaitingModeration: number;
  evaluated: number;
  missingEvaluators: number;
  /** Assignments still open (PENDING or ACCEPTED) past the scoring deadline, or PENDING past the acceptance window. */
  overdueAssignments: number;
  evaluators: EvaluatorProgressRow[];
  /** When each queued stage finished (null until it has): the board's stage clocks. */
  screenedAt: Date | null;
  assignedAt: Date | null;
  scoredAt: Date | null;
  rankedAt: Date | null;
}

/** One evaluator's assignments on a challenge, by state. */
export interface EvaluatorProgressRow {
  evaluatorId: string;
  pending: number;
  accepted: number;
  scored: number;
  conflictDeclared: number;
  withdrawn: number;
  overdueAssignments: number;
  overdue: boolean;
}

/**
 * Reads behind the evaluation fields: batch reads for the per-request loaders (callers apply the
 * policy), the live progress counts, and the answer to the submissions domain's EVALUATOR_ACCESS.
 */
@Injectable()
export class EvaluationQueryService implements EvaluatorAccess {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  assignmentsOf(actor: Actor): Promise<EvaluationAssignmentEntity[]> {
    return this.dataSource
      .getRepository(EvaluationAssignmentEntity)
      .find({ where: { evaluatorUserId: actor.userId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  }

  scoresOfAssignments(ids: readonly string[]): Promise<EvaluationScoreEntity[]> {
    return this.dataSource.getRepository(EvaluationScoreEntity).find({ where: { assignmentId: In([...ids]) } });
  }

  /** Scores of counted (not conflict-declared) assignments: a debrief's raw material, evaluators unnamed. */
  async debriefScores(submissionIds: readonly string[]): Promise<EvaluationScoreEntity[]> {
    return this.dataSource.query(
      `SELECT s.submission_id AS "submissionId", s.assignment_id AS "assignmentId", s.criterion_id AS "criterionId", s.score, s.justification
         FROM evaluation_score s JOIN evaluation_assignment a ON a.id = s.assignment_id
        WHERE s.submission_id = ANY($1) AND a.status = 'SCORED' ORDER BY a.scored_at, a.id`,
      [[...submissionIds]],
    );
  }

  screeningsOf(submissionIds: readonly string[]): Promise<SubmissionScreeningEntity[]> {
    return this.dataSource.getRepository(SubmissionScreeningEntity).find({ where: { submissionId: In([...submissionIds]) } });
  }

  resultsOf(submissionIds: readonly string[]): Promise<SubmissionResultEntity[]> {
    return this.dataSource.getRepository(SubmissionResultEntity).find({ where: { submissionId: In([...submissionIds]) } });
  }

  rankingsOf(challengeIds: readonly string[]): Promise<ChallengeRankingEntity[]> {
    return this.dataSource.getRepository(ChallengeRankingEntity).find({ where: { challengeId: In([...challengeIds]) } });
  }

  resultsOfChallenges(challengeIds: readonly string[]): Promise<SubmissionResultEntity[]> {
    return this.dataSource
      .getRepository(SubmissionResultEntity)
      .find({ where: { challengeId: In([...challengeIds]) }, order: { rank: 'ASC' } });
  }

  /**
   * Counted on every read, so it is always current, for many challenges in three statements (a
   * page of challenges costs the same as one). `live` are each challenge's live submissions as the
   * submissions domain reports them; the rest is this domain's own tables.
   */
  async progressOf(
    challenges: readonly {
      id: string;
      perSubmission: number;
      scoringDeadline: Date | null;
      live: readonly { id: string; status: string }[];
    }[],
  ): Promise<EvaluationProgressCounts[]> {
    const ids = challenges.map((c) => c.id);
    const perEvaluator = await this.evaluatorRows(challenges);
    const waiting = challenges.flatMap((c) => c.live.filter((s) => s.status === 'ELIGIBLE').map((s) => s.id));
    const [rows, staffed] = await Promise.all([
      this.dataSource.query(
        `SELECT c.id,
           (SELECT count(*) FROM submission_screening x WHERE x.challenge_id = c.id) AS screened,
           (SELECT count(*) FROM submission_screening x WHERE x.challenge_id = c.id AND x.eligible) AS eligible,
           (SELECT count(*) FROM evaluation_assignment a WHERE a.challenge_id = c.id AND a.status = ANY($2)) AS assignments,
           (SELECT count(*) FROM evaluation_assignment a WHERE a.challenge_id = c.id AND a.status = 'SCORED') AS scored,
           (SELECT count(*) FROM submission_result r WHERE r.challenge_id = c.id AND r.needs_moderation) AS awaiting,
           (SELECT max(x.screened_at) FROM submission_screening x WHERE x.challenge_id = c.id) AS screened_at,
           (SELECT max(a.assigned_at) FROM evaluation_assignment a WHERE a.challenge_id = c.id AND a.status = ANY($2)) AS assigned_at,
           (SELECT max(a.scored_at) FROM evaluation_assignment a WHERE a.challenge_id = c.id AND a.status = 'SCORED') AS scored_at,
           (SELECT k.ranked_at FROM challenge_ranking k WHERE k.challenge_id = c.id) AS ranked_at
         FROM unnest($1::uuid[]) AS c(id)`,
        [ids, ACTIVE_ASSIGNMENT_STATUSES],
      ) as Promise<Record<string, string>[]>,
      (waiting.length
        ? this.dataSource.query(
            `SELECT submission_id, count(*) AS n FROM evaluation_assignment WHERE submission_id = ANY($1) AND status = ANY($2) GROUP BY submission_id`,
            [waiting, ACTIVE_ASSIGNMENT_STATUSES],
          )
        : Promise.resolve([])) as Promise<{ submission_id: string; n: string }[]>,
    ]);
    const staffing = new Map(staffed.map((r) => [r.submission_id, Number(r.n)]));
    return challenges.map(({ id, perSubmission, live }) => {
      const row = rows.find((r) => r.id === id)!;
      const at = (value: unknown) => (value ? new Date(value as string) : null);
      const screened = Number(row.screened);
      const missingEvaluators = live
        .filter((s) => s.status === 'ELIGIBLE')
        .reduce((sum, s) => sum + Math.max(0, perSubmission - (staffing.get(s.id) ?? 0)), 0);
      return {
        submissions: live.length,
        screened: Number(row.screened),
        eligible: Number(row.eligible),
        screenedOut: Number(row.screened) - Number(row.eligible),
        assignments: Number(row.assignments),
        scoredAssignments: Number(row.scored),
        awaitingModeration: Number(row.awaiting),
        evaluated: live.filter((s) => EVALUATED_OR_DECIDED.includes(s.status)).length,
        missingEvaluators,
        overdueAssignments: (perEvaluator.get(id) ?? []).reduce((sum, e) => sum + e.overdueAssignments, 0),
        evaluators: perEvaluator.get(id) ?? [],
        screenedAt: screened === live.length && live.length ? at(row.screened_at) : null,
        // A stage is done once nothing of it is left: every eligible bid staffed, every assignment scored.
        assignedAt: missingEvaluators === 0 && Number(row.assignments) ? at(row.assigned_at) : null,
        scoredAt:
          missingEvaluators === 0 && Number(row.assignments) && Number(row.scored) === Number(row.assignments) ? at(row.scored_at) : null,
        rankedAt: at(row.ranked_at),
      };
    });
  }

  /**
   * Per evaluator and state, with the overdue count by the database clock: an open assignment past
   * the challenge's scoring deadline, or a PENDING one past ASSIGNMENT_ACCEPT_HOURS (the sweep
   * withdraws those shortly).
   */
  private async evaluatorRows(
    challenges: readonly { id: string; scoringDeadline: Date | null }[],
  ): Promise<Map<string, EvaluatorProgressRow[]>> {
    const rows: Record<string, string>[] = await this.dataSource.query(
      `SELECT a.challenge_id, a.evaluator_user_id,
              count(*) FILTER (WHERE a.status = 'PENDING') AS pending,
              count(*) FILTER (WHERE a.status = 'ACCEPTED') AS accepted,
              count(*) FILTER (WHERE a.status = 'SCORED') AS scored,
              count(*) FILTER (WHERE a.status = 'CONFLICT_DECLARED') AS conflicts,
              count(*) FILTER (WHERE a.status = 'WITHDRAWN') AS withdrawn,
              count(*) FILTER (WHERE (a.status IN ('PENDING', 'ACCEPTED') AND c.deadline IS NOT NULL AND c.deadline < now())
                                  OR (a.status = 'PENDING' AND a.assigned_at < now() - make_interval(hours => $3))) AS overdue
         FROM evaluation_assignment a
         JOIN unnest($1::uuid[], $2::timestamptz[]) AS c(id, deadline) ON c.id = a.challenge_id
        GROUP BY a.challenge_id, a.evaluator_user_id
        ORDER BY a.challenge_id, a.evaluator_user_id`,
      [challenges.map((c) => c.id), challenges.map((c) => c.scoringDeadline), this.config.assignmentAcceptHours],
    );
    const result = new Map<string, EvaluatorProgressRow[]>();
    for (const r of rows) {
      const row: EvaluatorProgressRow = {
        evaluatorId: r.evaluator_user_id,
        pending: Number(r.pending),
        accepted: Number(r.accepted),
        scored: Number(r.scored),
        conflictDeclared: Number(r.conflicts),
        withdrawn: Number(r.withdrawn),
        overdueAssignments: Number(r.overdue),
        overdue: Number(r.overdue) > 0,
      };
      result.set(r.challenge_id, [...(result.get(r.challenge_id) ?? []), row]);
    }
    return result;
  }

  async readableSubmissionIds(userId: string, submissionIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(EvaluationAssignmentEntity).find({
      select: { submissionId: true },
      where: { evaluatorUserId: userId, submissionId: In([...submissionIds]), status: In([...READING_ASSIGNMENT_STATUSES]) },
    });
    return new Set(rows.map((r) => r.submissionId));
  }
}
