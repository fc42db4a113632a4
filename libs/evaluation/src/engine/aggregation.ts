/**
 * Turns the evaluators' scores for one submission into per-criterion results and a total.
 *
 * Precision: `totalScore` keeps full precision and is what ranking compares; rounding (see
 * `displayScore`) is for presentation only, so two totals that differ in the third decimal still
 * rank in the right order. The total is computed as one integer numerator divided by one integer
 * denominator, so it is the correctly rounded value of the exact rational total: two submissions
 * whose exact totals are equal get bit-identical doubles, and ties fall through to the price and
 * submission-time tie-breakers instead of being decided by floating-point noise.
 */

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** A criterion whose scores are this far apart (max − min) needs an officer's consensus score. */
export const MODERATION_SPREAD_THRESHOLD = 4;

export interface WeightedCriterion {
  id: string;
  /** Percent; a challenge's weights sum to 100, which makes the total range 0..100. */
  weight: number;
}

export interface CriterionScoreInput {
  criterionId: string;
  score: number;
}

export interface CriterionAggregate {
  criterionId: string;
  mean: number;
  /** max − min over the assignments' scores; an integer because scores are integers. */
  spread: number;
  /** The officer's moderated score for this criterion, or null when none was recorded. */
  consensus: number | null;
}

export interface AggregateResult {
  criteria: CriterionAggregate[];
  /** Σ weight × effective / 10, effective = consensus when recorded, else mean. Full precision. */
  totalScore: number;
  needsModeration: boolean;
}

/** Thrown with every problem found in the input, so a caller fixes them all in one go. */
export class AggregationInputError extends Error {
  override readonly name = 'AggregationInputError';
  constructor(public readonly problems: string[]) {
    super(`Invalid scores for aggregation:\n  - ${problems.join('\n  - ')}`);
  }
}

function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

function validate(
  criteria: WeightedCriterion[],
  scoresByAssignment: CriterionScoreInput[][],
  consensus: ReadonlyMap<string, number>,
): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  if (criteria.length === 0) problems.push('at least one criterion is required');
  for (const criterion of criteria) {
    if (known.has(criterion.id)) problems.push(`criterion ${criterion.id} is listed twice`);
    known.add(criterion.id);
    // Integer weights keep the total's numerator an exact integer (see the file comment).
    if (!Number.isSafeInteger(criterion.weight) || criterion.weight < 0) {
      problems.push(`criterion ${criterion.id} weight must be a non-negative integer (got ${criterion.weight})`);
    }
  }
  if (scoresByAssignment.length === 0) problems.push('at least one scored assignment is required');
  scoresByAssignment.forEach((scores, index) => {
    const seen = new Set<string>();
    for (const { criterionId, score } of scores) {
      if (!known.has(criterionId)) problems.push(`assignment ${index} scored unknown criterion ${criterionId}`);
      else if (seen.has(criterionId)) problems.push(`assignment ${index} scored criterion ${criterionId} more than once`);
      seen.add(criterionId);
      if (!isValidScore(score)) {
        problems.push(`assignment ${index} score for ${criterionId} must be an integer ${SCORE_MIN}..${SCORE_MAX} (got ${score})`);
      }
    }
    for (const id of known) {
      if (!seen.has(id)) problems.push(`assignment ${index} did not score criterion ${id}`);
    }
  });
  for (const [criterionId, score] of consensus) {
    if (!known.has(criterionId)) problems.push(`consensus recorded for unknown criterion ${criterionId}`);
    if (!isValidScore(score)) {
      problems.push(`consensus for ${criterionId} must be an integer ${SCORE_MIN}..${SCORE_MAX} (got ${score})`);
    }
  }
  return problems;
}

/**
 * Aggregates one submission's scores. Every assignment must have scored every criterion exactly
 * once with an integer 0..10; consensus scores (from moderation) replace the mean of their
 * criterion and clear that criterion's need for moderation.
 */
export function aggregateScores(
  criteria: WeightedCriterion[],
  scoresByAssignment: CriterionScoreInput[][],
  consensus: ReadonlyMap<string, number> = new Map(),
): AggregateResult {
  const problems = validate(criteria, scoresByAssignment, consensus);
  if (problems.length > 0) throw new AggregationInputError(problems);

  const assignmentCount = scoresByAssignment.length;
  const scoresByCriterion = new Map<string, number[]>(criteria.map((c) => [c.id, []]));
  for (const scores of scoresByAssignment) {
    for (const { criterionId, score } of scores) scoresByCriterion.get(criterionId)!.push(score);
  }

  // total = Σ w × effective / 10 = Σ w × (effective × n) / (10 × n); with effective × n an
  // integer (the score sum, or consensus × n) the numerator stays exact.
  let totalNumerator = 0;
  let needsModeration = false;
  const results = criteria.map(({ id, weight }): CriterionAggregate => {
    const scores = scoresByCriterion.get(id)!;
    const sum = scores.reduce((acc, score) => acc + score, 0);
    const spread = Math.max(...scores) - Math.min(...scores);
    const agreed = consensus.get(id);
    if (agreed === undefined && spread >= MODERATION_SPREAD_THRESHOLD) needsModeration = true;
    totalNumerator += weight * (agreed === undefined ? sum : agreed * assignmentCount);
    return { criterionId: id, mean: sum / assignmentCount, spread, consensus: agreed ?? null };
  });

  return { criteria: results, totalScore: totalNumerator / (10 * assignmentCount), needsModeration };
}

/** Two decimals, for showing a total to people; never use the rounded value to compare or rank. */
export function displayScore(totalScore: number): number {
  return Math.round(totalScore * 100) / 100;
}
