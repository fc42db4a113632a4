/**
 * Orders evaluated submissions, recommends winners within budget and award count, and checks an
 * officer's award selection against those limits and the recommendation.
 */

export interface RankableSubmission {
  submissionId: string;
  /** Full-precision total from `aggregateScores`; never a rounded display value. */
  totalScore: number;
  priceMinor: number;
  submittedAt: Date;
}

export type RankedEntry<T extends RankableSubmission = RankableSubmission> = T & { rank: number };

export interface AwardLimits {
  budgetMinor: number;
  maxAwards: number;
}

export interface Recommendation {
  /** In rank order. */
  submissionIds: string[];
  totalPriceMinor: number;
}

export interface AwardSelectionCheck {
  withinBudget: boolean;
  withinMaxAwards: boolean;
  /** True when the selected set differs from `recommend`'s set (order does not matter). */
  departsFromRecommendation: boolean;
  /** Every reason the selection cannot be approved as it stands; empty when it can. */
  errors: string[];
}

/** Thrown with every problem found in the input, so a caller fixes them all in one go. */
export class RankingInputError extends Error {
  override readonly name = 'RankingInputError';
  constructor(public readonly problems: string[]) {
    super(`Invalid ranking input:\n  - ${problems.join('\n  - ')}`);
  }
}

function isMinorAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function validateItems(items: RankableSubmission[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.submissionId)) problems.push(`submission ${item.submissionId} is listed twice`);
    seen.add(item.submissionId);
    if (!Number.isFinite(item.totalScore)) problems.push(`submission ${item.submissionId} total score must be a finite number`);
    if (!isMinorAmount(item.priceMinor)) {
      problems.push(`submission ${item.submissionId} price must be a non-negative integer in minor units (got ${item.priceMinor})`);
    }
    if (!(item.submittedAt instanceof Date) || Number.isNaN(item.submittedAt.getTime())) {
      problems.push(`submission ${item.submissionId} submittedAt must be a valid date`);
    }
  }
  return problems;
}

/** Ranks must be exactly 1..n so that "rank order" means one thing. */
function validateRanks(ranked: RankedEntry[]): string[] {
  const ranks = new Set(ranked.map((item) => item.rank));
  const complete =
    ranks.size === ranked.length && ranked.every((item) => Number.isInteger(item.rank) && item.rank >= 1 && item.rank <= ranked.length);
  return complete ? [] : [`ranks must be 1..${ranked.length}, each used once (as returned by rankSubmissions)`];
}

function validateLimits({ budgetMinor, maxAwards }: AwardLimits): string[] {
  const problems: string[] = [];
  if (!isMinorAmount(budgetMinor)) problems.push(`budget must be a non-negative integer in minor units (got ${budgetMinor})`);
  if (!Number.isSafeInteger(maxAwards) || maxAwards < 0) problems.push(`maxAwards must be a non-negative integer (got ${maxAwards})`);
  return problems;
}

/**
 * Total desc, then lower price, then earlier submission, then submission id. Ids are compared by
 * UTF-16 code units rather than `localeCompare` so the order never depends on the server's locale.
 */
export function compareForRanking(a: RankableSubmission, b: RankableSubmission): number {
  if (a.totalScore !== b.totalScore) return b.totalScore - a.totalScore;
  if (a.priceMinor !== b.priceMinor) return a.priceMinor - b.priceMinor;
  const timeDifference = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (timeDifference !== 0) return timeDifference;
  if (a.submissionId === b.submissionId) return 0;
  return a.submissionId < b.submissionId ? -1 : 1;
}

/** Returns new objects with `rank` 1..n; ids are unique, so no two submissions share a rank. */
export function rankSubmissions<T extends RankableSubmission>(items: T[]): RankedEntry<T>[] {
  const problems = validateItems(items);
  if (problems.length > 0) throw new RankingInputError(problems);
  return [...items].sort(compareForRanking).map((item, index) => ({ ...item, rank: index + 1 }));
}

function inRankOrder<T extends RankedEntry>(ranked: T[]): T[] {
  return [...ranked].sort((a, b) => a.rank - b.rank);
}

/**
 * Greedy by rank: each submission is taken if its price fits the remaining budget and an award is
 * left; one that does not fit is skipped and cheaper lower-ranked ones still get their chance.
 */
export function recommend(ranked: RankedEntry[], limits: AwardLimits): Recommendation {
  const problems = [...validateItems(ranked), ...validateRanks(ranked), ...validateLimits(limits)];
  if (problems.length > 0) throw new RankingInputError(problems);

  const submissionIds: string[] = [];
  let totalPriceMinor = 0;
  for (const item of inRankOrder(ranked)) {
    if (submissionIds.length >= limits.maxAwards) break;
    if (totalPriceMinor + item.priceMinor > limits.budgetMinor) continue;
    submissionIds.push(item.submissionId);
    totalPriceMinor += item.priceMinor;
  }
  return { submissionIds, totalPriceMinor };
}

/**
 * Checks an officer's selection. Unknown or repeated ids, an empty selection, and exceeding the
 * budget or maxAwards are errors; departing from the recommendation is not an error here — the
 * caller requires a justification for it.
 */
export function checkAwardSelection(selectedIds: string[], ranked: RankedEntry[], limits: AwardLimits): AwardSelectionCheck {
  const problems = [...validateItems(ranked), ...validateRanks(ranked), ...validateLimits(limits)];
  if (problems.length > 0) throw new RankingInputError(problems);

  const errors: string[] = [];
  const byId = new Map(ranked.map((item) => [item.submissionId, item]));
  const selected = new Set<string>();
  let totalPriceMinor = 0;
  if (selectedIds.length === 0) errors.push('select at least one submission to award');
  for (const id of selectedIds) {
    const item = byId.get(id);
    if (!item) errors.push(`submission ${id} is not among the ranked submissions`);
    else if (selected.has(id)) errors.push(`submission ${id} is selected more than once`);
    else totalPriceMinor += item.priceMinor;
    selected.add(id);
  }

  const withinBudget = totalPriceMinor <= limits.budgetMinor;
  if (!withinBudget) errors.push(`selected prices total ${totalPriceMinor}, over the budget of ${limits.budgetMinor}`);
  const withinMaxAwards = selected.size <= limits.maxAwards;
  if (!withinMaxAwards) errors.push(`${selected.size} submissions selected, more than maxAwards ${limits.maxAwards}`);

  const recommended = new Set(recommend(ranked, limits).submissionIds);
  const departsFromRecommendation = recommended.size !== selected.size || [...selected].some((id) => !recommended.has(id));
  return { withinBudget, withinMaxAwards, departsFromRecommendation, errors };
}
