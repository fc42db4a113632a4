/**
 * Splits a contract value into milestone payments in integer minor units that add up exactly to
 * the value: each milestone but the last gets floor(value × share / 100), the last gets whatever
 * is left, so rounding never creates or loses a cent.
 */

export interface MilestonePlanItem {
  title: string;
  /** Days after signature (or contract start) the milestone falls due. */
  dueInDays: number;
  /** Percent of the value; a plan's shares sum to 100. */
  sharePercent: number;
}

export interface MilestoneAmount extends MilestonePlanItem {
  amountMinor: number;
}

/**
 * Latest a milestone may fall due, in days: a bid's whole duration is at most 3650 days, and an
 * unbounded Int would give a due date no clock can hold (the contract could then never be written).
 */
export const MAX_DUE_IN_DAYS = 3650;

/** Thrown with every problem found in the plan, so a caller fixes them all in one go. */
export class MilestonePlanError extends Error {
  override readonly name = 'MilestonePlanError';
  constructor(public readonly problems: string[]) {
    super(`Invalid milestone plan:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Every problem with a value and plan; empty when `splitMilestones` would accept them. */
export function milestonePlanProblems(valueMinor: number, plan: MilestonePlanItem[]): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(valueMinor) || valueMinor < 0) {
    problems.push(`value must be a non-negative integer in minor units (got ${valueMinor})`);
  }
  if (plan.length === 0) problems.push('a plan needs at least one milestone');
  let shareTotal = 0;
  plan.forEach((item, index) => {
    const label = `milestone ${index + 1}`;
    if (item.title.trim() === '') problems.push(`${label} needs a title`);
    if (!Number.isSafeInteger(item.dueInDays) || item.dueInDays < 0 || item.dueInDays > MAX_DUE_IN_DAYS) {
      problems.push(`${label} dueInDays must be an integer 0..${MAX_DUE_IN_DAYS} (got ${item.dueInDays})`);
    }
    if (!Number.isInteger(item.sharePercent) || item.sharePercent < 1 || item.sharePercent > 100) {
      problems.push(`${label} sharePercent must be an integer 1..100 (got ${item.sharePercent})`);
    }
    shareTotal += item.sharePercent;
  });
  if (plan.length > 0 && shareTotal !== 100) problems.push(`shares must sum to 100 (got ${shareTotal})`);
  return problems;
}

export function splitMilestones(valueMinor: number, plan: MilestonePlanItem[]): MilestoneAmount[] {
  const problems = milestonePlanProblems(valueMinor, plan);
  if (problems.length > 0) throw new MilestonePlanError(problems);

  // BigInt because value × share can pass Number.MAX_SAFE_INTEGER for large values.
  const value = BigInt(valueMinor);
  let allocated = 0n;
  return plan.map((item, index) => {
    const isLast = index === plan.length - 1;
    const amount = isLast ? value - allocated : (value * BigInt(item.sharePercent)) / 100n;
    allocated += amount;
    return { title: item.title, dueInDays: item.dueInDays, sharePercent: item.sharePercent, amountMinor: Number(amount) };
  });
}

/**
 * The plan used when a bid brings none: half at a mid-term demonstration (halfway, rounded
 * half up), half at final acceptance at the end of the bid's duration.
 */
export function DEFAULT_MILESTONE_PLAN(durationDays: number): MilestonePlanItem[] {
  if (!Number.isSafeInteger(durationDays) || durationDays < 1) {
    throw new MilestonePlanError([`durationDays must be a positive integer (got ${durationDays})`]);
  }
  return [
    { title: 'Mid-term demonstration', dueInDays: Math.round(durationDays / 2), sharePercent: 50 },
    { title: 'Final acceptance', dueInDays: durationDays, sharePercent: 50 },
  ];
}
