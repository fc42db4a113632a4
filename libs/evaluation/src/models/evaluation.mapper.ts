import type { EvaluationCriterionModel } from '@app/solicitations/api';

import { displayScore } from '../engine';
import type { EvaluationAssignmentEntity } from '../entities/evaluation-assignment.entity';
import type { SubmissionResultEntity } from '../entities/submission-result.entity';
import type { CriterionScoreModel, EvaluationAssignmentModel, SubmissionResultModel } from './evaluation.models';

export const toAssignmentModel = (a: EvaluationAssignmentEntity): EvaluationAssignmentModel => ({
  id: a.id,
  status: a.status,
  challengeId: a.challengeId,
  submissionId: a.submissionId,
  evaluatorUserId: a.evaluatorUserId,
});

const pick = (criteria: EvaluationCriterionModel[], id: string): EvaluationCriterionModel => {
  const found = criteria.find((c) => c.id === id);
  if (!found) throw new Error(`criterion ${id} is not a criterion of the challenge`);
  return { id: found.id, name: found.name, description: found.description, weight: found.weight };
};

/** Criteria in the officer's order; totals and means rounded for people (ranking used full precision). */
export const toResultModel = (r: SubmissionResultEntity, criteria: EvaluationCriterionModel[]): SubmissionResultModel => ({
  totalScore: displayScore(r.totalScore),
  rank: r.rank,
  needsModeration: r.needsModeration,
  criteria: criteria.map((c) => {
    const stored = r.criteria.find((x) => x.criterionId === c.id)!;
    return { criterion: pick(criteria, c.id), mean: displayScore(stored.mean), spread: stored.spread, consensus: stored.consensus };
  }),
});

export const toScoreModels = (
  scores: { criterionId: string; score: number; justification: string }[],
  criteria: EvaluationCriterionModel[],
): CriterionScoreModel[] =>
  criteria.flatMap((c) =>
    scores
      .filter((s) => s.criterionId === c.id)
      .map((s) => ({ criterion: pick(criteria, c.id), score: s.score, justification: s.justification })),
  );
