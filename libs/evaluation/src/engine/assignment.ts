/**
 * Plans which evaluators to assign to which submissions, within the separation-of-duties and
 * conflict-of-interest rules, spreading the work to the least-loaded evaluators.
 *
 * Planning only adds: existing assignments are never moved or cancelled here (a declared conflict
 * marks its assignment inactive elsewhere, and the next run fills the gap).
 */

export interface SubmissionToStaff {
  id: string;
  vendorOrgId: string;
}

export interface EvaluatorCandidate {
  userId: string;
  orgId: string;
}

export interface ExistingAssignment {
  submissionId: string;
  evaluatorId: string;
  /** False once the evaluator declared a conflict (or the assignment was otherwise withdrawn). */
  active: boolean;
}

export interface DeclaredConflict {
  evaluatorId: string;
  vendorOrgId: string;
}

export interface AssignmentPlanInput {
  submissions: SubmissionToStaff[];
  evaluators: EvaluatorCandidate[];
  /** Target number of active assignments per submission. */
  perSubmission: number;
  existing: ExistingAssignment[];
  conflicts: DeclaredConflict[];
  /** Users who may never evaluate here, e.g. the officer who created the challenge. */
  excludedUserIds: string[];
  /**
   * Active assignments per user across the whole platform, already including the active ones in
   * `existing`; users missing from the map count as 0. Assignments planned in this run are added
   * on top as planning proceeds.
   */
  currentLoad: ReadonlyMap<string, number>;
}

export interface PlannedAssignment {
  submissionId: string;
  evaluatorId: string;
}

export interface AssignmentShortfall {
  submissionId: string;
  /** How many more active assignments the submission needs than could be planned. */
  missing: number;
}

export interface AssignmentPlan {
  assignments: PlannedAssignment[];
  shortfall: AssignmentShortfall[];
}

/** Thrown with every problem found in the input, so a caller fixes them all in one go. */
export class AssignmentInputError extends Error {
  override readonly name = 'AssignmentInputError';
  constructor(public readonly problems: string[]) {
    super(`Invalid assignment input:\n  - ${problems.join('\n  - ')}`);
  }
}

function validate(input: AssignmentPlanInput): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(input.perSubmission) || input.perSubmission < 1) {
    problems.push(`perSubmission must be a positive integer (got ${input.perSubmission})`);
  }
  const submissionIds = new Set<string>();
  for (const { id } of input.submissions) {
    if (submissionIds.has(id)) problems.push(`submission ${id} is listed twice`);
    submissionIds.add(id);
  }
  const userIds = new Set<string>();
  for (const { userId } of input.evaluators) {
    if (userIds.has(userId)) problems.push(`evaluator ${userId} is listed twice`);
    userIds.add(userId);
  }
  for (const [userId, load] of input.currentLoad) {
    if (!Number.isSafeInteger(load) || load < 0) problems.push(`load of ${userId} must be a non-negative integer (got ${load})`);
  }
  return problems;
}

/** Code-unit order, independent of the server's locale. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Plans the new assignments so each submission reaches `perSubmission` active ones where the rules
 * allow. Submissions are processed in id order and each takes the least-loaded eligible
 * evaluators, ties broken by user id, so the same input always gives the same plan regardless of
 * the order of the input lists. Re-running with the plan added to `existing` plans nothing.
 */
export function planAssignments(input: AssignmentPlanInput): AssignmentPlan {
  const problems = validate(input);
  if (problems.length > 0) throw new AssignmentInputError(problems);

  const excluded = new Set(input.excludedUserIds);
  const conflicted = new Set(input.conflicts.map((c) => `${c.evaluatorId}\u0000${c.vendorOrgId}`));
  // Any earlier pairing counts, active or not: an evaluator who declared a conflict with a
  // submission must never be handed the same submission again.
  const pairedBefore = new Map<string, Set<string>>();
  const activeCount = new Map<string, number>();
  for (const { submissionId, evaluatorId, active } of input.existing) {
    if (!pairedBefore.has(submissionId)) pairedBefore.set(submissionId, new Set());
    pairedBefore.get(submissionId)!.add(evaluatorId);
    if (active) activeCount.set(submissionId, (activeCount.get(submissionId) ?? 0) + 1);
  }
  const load = new Map(input.evaluators.map((e) => [e.userId, input.currentLoad.get(e.userId) ?? 0]));

  const assignments: PlannedAssignment[] = [];
  const shortfall: AssignmentShortfall[] = [];
  const submissions = [...input.submissions].sort((a, b) => compareIds(a.id, b.id));
  for (const submission of submissions) {
    const needed = input.perSubmission - (activeCount.get(submission.id) ?? 0);
    if (needed <= 0) continue;
    const paired = pairedBefore.get(submission.id) ?? new Set<string>();
    const chosen = input.evaluators
      .filter(
        (e) =>
          !excluded.has(e.userId) &&
          e.orgId !== submission.vendorOrgId &&
          !conflicted.has(`${e.userId}\u0000${submission.vendorOrgId}`) &&
          !paired.has(e.userId),
      )
      .sort((a, b) => load.get(a.userId)! - load.get(b.userId)! || compareIds(a.userId, b.userId))
      .slice(0, needed);
    for (const evaluator of chosen) {
      assignments.push({ submissionId: submission.id, evaluatorId: evaluator.userId });
      load.set(evaluator.userId, load.get(evaluator.userId)! + 1);
    }
    if (chosen.length < needed) shortfall.push({ submissionId: submission.id, missing: needed - chosen.length });
  }
  return { assignments, shortfall };
}
