/**
 * The rules of a score sheet, pure so they are tested apart from the database: an evaluator's
 * sheet covers every criterion exactly once; a moderation sheet covers at least every criterion
 * that needs it. Each score is an integer 0..10 with a non-empty justification.
 */
import { MODERATION_SPREAD_THRESHOLD, SCORE_MAX, SCORE_MIN } from '.';

export interface SheetEntry {
  criterionId: string;
  score: number;
  justification: string;
}

export function entryProblems(entries: readonly SheetEntry[], criteria: readonly { id: string; name: string }[]): string[] {
  const problems: string[] = [];
  const known = new Map(criteria.map((c) => [c.id, c.name]));
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = known.get(entry.criterionId);
    if (!name) {
      problems.push(`criterion ${entry.criterionId} is not a criterion of this challenge`);
      continue;
    }
    if (seen.has(entry.criterionId)) problems.push(`"${name}" is scored more than once`);
    seen.add(entry.criterionId);
    if (!Number.isInteger(entry.score) || entry.score < SCORE_MIN || entry.score > SCORE_MAX)
      problems.push(`"${name}" score must be an integer ${SCORE_MIN}..${SCORE_MAX} (got ${entry.score})`);
    if (!entry.justification.trim()) problems.push(`"${name}" needs a justification`);
  }
  return problems;
}

/** An evaluator's sheet: every criterion, each exactly once. */
export function scoreSheetProblems(entries: readonly SheetEntry[], criteria: readonly { id: string; name: string }[]): string[] {
  const problems = entryProblems(entries, criteria);
  const given = new Set(entries.map((e) => e.criterionId));
  for (const c of criteria) if (!given.has(c.id)) problems.push(`"${c.name}" is not scored`);
  return problems;
}

/** A moderation sheet: at least the criteria whose spread reached the threshold; others are optional. */
export function moderationSheetProblems(
  entries: readonly SheetEntry[],
  criteria: readonly { id: string; name: string }[],
  spreads: readonly { criterionId: string; spread: number }[],
): string[] {
  const problems = entryProblems(entries, criteria);
  const given = new Set(entries.map((e) => e.criterionId));
  for (const { criterionId, spread } of spreads) {
    const name = criteria.find((c) => c.id === criterionId)?.name ?? criterionId;
    if (spread >= MODERATION_SPREAD_THRESHOLD && !given.has(criterionId))
      problems.push(`"${name}" needs a consensus score (spread ${spread})`);
  }
  if (!entries.length) problems.push('at least one consensus score is required');
  return problems;
}
