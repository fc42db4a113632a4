/**
 * Every job the worker runs, with its payload type: the one list of background work.
 * The worker refuses to start unless each name here has exactly one @HandlesJob handler.
 * Payloads carry ids only; a handler re-reads state from PostgreSQL and returns early when the
 * work is already done, so running a job twice changes nothing.
 */
export interface JobPayloads {
  /** Periodic: recompute the audit chain and log loudly if a link is broken. */
  'audit.verify-chain': Record<string, never>;
  /**
   * Legacy: one attestation's expiry, from rows written before expiries moved to the sweep (a
   * year-long delayed job kept every attestation in the relay's backlog). Still handled so such jobs
   * left in Redis drain; nothing emits it any more.
   */
  'attestation.expire': { attestationId: string };
  /** Periodic: expire every attestation past its expiry, by the database clock (docs/sovereignty.md). */
  'attestation.expire-sweep': Record<string, never>;
  /** At a challenge's submission deadline: close it if still PUBLISHED and the deadline has passed. */
  'challenge.close': { challengeId: string };
  /** Periodic safety net: close every PUBLISHED challenge past its deadline (a lost job strands none). */
  'challenge.close-sweep': Record<string, never>;
  /** After a close: screen every live submission again, then start evaluating (or NO_AWARD). */
  'evaluation.screen': { challengeId: string };
  /** Fill each eligible submission up to evaluatorsPerSubmission from the invited pool. */
  'evaluation.assign': { challengeId: string };
  /** When a submission's active assignments are all scored: means, spreads, total. */
  'evaluation.aggregate': { submissionId: string };
  /** When every eligible submission is evaluated: rank and recommend. */
  'evaluation.rank': { challengeId: string };
  /** After a revocation: judge the vendor's bids under evaluation again; failures are screened out and ranking recomputed. */
  'evaluation.rescreen-vendor': { organisationId: string };
  /** Periodic safety net: re-derive every pending evaluation step from table state. */
  'evaluation.sweep': Record<string, never>;
  /** After an award commits: issue one phase-1 contract per awarded submission, then mark the challenge AWARDED. */
  'contracts.issue': { challengeId: string };
  /** Periodic: delete uploads nobody attached within a day (and half-written ones). */
  'documents.sweep-unattached': Record<string, never>;
  /** Periodic safety net: issue the contracts of every AWARD_PENDING challenge (a failed or lost job strands none). */
  'contracts.issue-sweep': Record<string, never>;
  /** One attempt of one webhook delivery; `attempt` makes a duplicated job a no-op (docs/webhooks.md). */
  'webhooks.deliver': { deliveryId: string; attempt: number };
  /** Periodic: record the notifications of audit events after the relay's cursor (docs/product.md, "Notifications"). */
  'notifications.relay': Record<string, never>;
  /** Periodic: fire due time-based alerts, queue daily digests, re-queue mail stranded by a long SMTP outage. */
  'notifications.sweep': Record<string, never>;
  /** Send the unsent mail of one event key (an event's notifications, or `digest:<date>`). */
  'notifications.send-email': { eventKey: string };
}

export type JobName = keyof JobPayloads;
export type JobPayload<N extends JobName> = JobPayloads[N];

export const JOB_NAMES: readonly JobName[] = [
  'audit.verify-chain',
  'attestation.expire',
  'attestation.expire-sweep',
  'challenge.close',
  'challenge.close-sweep',
  'contracts.issue',
  'documents.sweep-unattached',
  'contracts.issue-sweep',
  'evaluation.screen',
  'evaluation.assign',
  'evaluation.aggregate',
  'evaluation.rank',
  'evaluation.rescreen-vendor',
  'evaluation.sweep',
  'webhooks.deliver',
  'notifications.relay',
  'notifications.sweep',
  'notifications.send-email',
];

/** Recurring jobs the worker schedules at start (BullMQ job schedulers, idempotent upserts). */
export const RECURRING_JOBS: readonly { name: JobName; everyMs: number }[] = [
  { name: 'audit.verify-chain', everyMs: 15 * 60_000 },
  { name: 'attestation.expire-sweep', everyMs: 60_000 },
  { name: 'challenge.close-sweep', everyMs: 5000 },
  { name: 'evaluation.sweep', everyMs: 15_000 },
  { name: 'documents.sweep-unattached', everyMs: 10 * 60_000 },
  { name: 'contracts.issue-sweep', everyMs: 15_000 },
  { name: 'notifications.relay', everyMs: 1000 },
  { name: 'notifications.sweep', everyMs: 10_000 },
];

export const QUEUE_NAME = 'sprintgate';
