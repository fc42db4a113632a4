/**
 * e2e helpers for the evaluation suites: GraphQL documents, polling and job re-runs, so each
 * suite reads as the sprint it walks through.
 */
import type { JobName, JobPayload } from '@app/core';
import type { TestStack } from '@app/testing';

export const waitFor = async <T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
};

/** Adds a job with a fresh id (as a duplicate delivery would) and waits until the worker finished it. */
export async function runJob<N extends JobName>(stack: TestStack, name: N, payload: JobPayload<N>): Promise<unknown> {
  const job = await stack.queue.add(name, payload);
  const state = await waitFor(
    async () => {
      const s = await job.getState();
      return s === 'completed' || s === 'failed' ? s : null;
    },
    20_000,
    `job ${name}`,
  );
  const done = await stack.queue.getJob(job.id!);
  if (state === 'failed') throw new Error(`job ${name} failed: ${done?.failedReason}`);
  return done?.returnvalue;
}

export const PROGRESS = `query P($id: ID!) { challenge(id: $id) { status awardedAt evaluationProgress { submissions screened eligible screenedOut assignments scoredAssignments awaitingModeration evaluated missingEvaluators } } }`;
export const RANKING = `query R($id: ID!) { challenge(id: $id) { ranking { rank totalScore recommended submission { id price { amountMinor } } } } }`;
export const MY_ASSIGNMENTS = `{ myAssignments { id status submission { id } } }`;
export const MY_ASSIGNMENTS_WITH_CONTENT = `{ myAssignments { id status submission { id summary } } }`;
export const ACCEPT = `mutation A($id: ID!) { acceptAssignment(id: $id) { id status } }`;
export const CONFLICT = `mutation C($id: ID!, $reason: String!) { declareConflict(id: $id, reason: $reason) { id status } }`;
export const SCORE = `mutation S($id: ID!, $scores: [ScoreInput!]!) { submitScores(assignmentId: $id, scores: $scores) { id status scores { criterion { id } score justification } evaluator { id } } }`;
export const MODERATE = `mutation M($id: ID!, $scores: [ScoreInput!]!, $rationale: String!) { moderateSubmission(submissionId: $id, scores: $scores, rationale: $rationale) { id status } }`;
export const APPROVE = `mutation W($id: ID!, $ids: [ID!]!, $j: String) { approveAward(challengeId: $id, submissionIds: $ids, justification: $j) { id status awardedAt } }`;
export const SUBMISSION_VIEW = `query V($id: ID!) { submission(id: $id) { id status summary vendor { id } attestation { id }
  screening { eligible tier reasons screenedAt } result { totalScore rank needsModeration criteria { criterion { name } mean spread consensus } }
  debrief { criterion { name } score justification } } }`;

/** The evaluation tables and statuses a job could touch, as one comparable value. */
export async function evaluationState(stack: TestStack, challengeId: string): Promise<unknown> {
  const q = (sql: string) => stack.db.query(sql, [challengeId]);
  return {
    submissions: await q(`SELECT id, status FROM submission WHERE challenge_id = $1 ORDER BY id`),
    screening: await q(
      `SELECT submission_id, eligible, tier, reasons, screened_at FROM submission_screening WHERE challenge_id = $1 ORDER BY submission_id`,
    ),
    assignments: await q(
      `SELECT id, submission_id, evaluator_user_id, status FROM evaluation_assignment WHERE challenge_id = $1 ORDER BY id`,
    ),
    scores: await q(
      `SELECT s.* FROM evaluation_score s JOIN evaluation_assignment a ON a.id = s.assignment_id WHERE a.challenge_id = $1 ORDER BY s.assignment_id, s.criterion_id`,
    ),
    results: await q(`SELECT * FROM submission_result WHERE challenge_id = $1 ORDER BY submission_id`),
    ranking: await q(`SELECT * FROM challenge_ranking WHERE challenge_id = $1`),
    // The suite has its own database: every evaluation event in it belongs to this sprint.
    audit: await stack.db.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE action LIKE 'evaluation.%' OR action LIKE 'submission.%' OR action LIKE 'challenge.%' GROUP BY action ORDER BY action`,
    ),
  };
}
