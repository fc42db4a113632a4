/** Plain domain types of the evaluation workflow, shared by entities, services, policy and models. */
export const ASSIGNMENT_STATUSES = ['PENDING', 'ACCEPTED', 'CONFLICT_DECLARED', 'SCORED', 'WITHDRAWN'] as const;
export type AssignmentStatusName = (typeof ASSIGNMENT_STATUSES)[number];

/** Assignments that count toward a submission's evaluators (a declared conflict or a withdrawal removes one). */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatusName[] = ['PENDING', 'ACCEPTED', 'SCORED'];

/** Assignments whose evaluator confirmed no conflict, and may therefore read the submission. */
export const READING_ASSIGNMENT_STATUSES: readonly AssignmentStatusName[] = ['ACCEPTED', 'SCORED'];

/** Per criterion as stored on a result: the engine's aggregate, kept for display and ranking. */
export interface StoredCriterionResult {
  criterionId: string;
  mean: number;
  spread: number;
  consensus: number | null;
}

/** An officer's moderated score for one criterion. */
export interface ConsensusScore {
  criterionId: string;
  score: number;
  justification: string;
}

/** docs/sovereignty.md: for T2 and above the winner's self-declared answers to these must be verified. */
export const AWARD_VERIFIED_CRITERIA = ['OS-2', 'OS-6', 'OS-7', 'TS-7'] as const;
