/**
 * Evaluators read the submissions they accepted to assess (docs/product.md, evaluation step 3). The
 * evaluation domain knows who accepted what, but it depends on this one, so submissions asks it
 * through this port instead of importing it; EvaluationModule provides it. Without a provider
 * (e.g. a process that has no evaluation module) no evaluator is let through.
 */
export const EVALUATOR_ACCESS = Symbol('EVALUATOR_ACCESS');

export interface EvaluatorAccess {
  /** The subset of `submissionIds` whose content `userId` may read as an evaluator. */
  readableSubmissionIds(userId: string, submissionIds: readonly string[]): Promise<Set<string>>;
}
