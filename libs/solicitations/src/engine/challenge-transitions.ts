/**
 * Every status change of a challenge, in one table (docs/product.md, "Challenge lifecycle"): which states it
 * leaves from, where it goes and the audit action that records it. ChallengeLifecycleService.move is the only
 * code that changes `challenge.status`, and it refuses any move this table does not allow.
 */
import { CANCELLABLE_STATUSES, type ChallengeStatusName } from '../solicitations.types';

export interface ChallengeTransition {
  from: readonly ChallengeStatusName[];
  to: ChallengeStatusName;
  action: string;
}

export const CHALLENGE_TRANSITIONS = {
  /** The officer publishes a complete draft; bids open. */
  publish: { from: ['DRAFT'], to: 'PUBLISHED', action: 'challenge.published' },
  /** The officer cancels before any award decision. */
  cancel: { from: CANCELLABLE_STATUSES, to: 'CANCELLED', action: 'challenge.cancelled' },
  /** The deadline passed (delayed job or sweeper); bids are opened to the buyer. */
  close: { from: ['PUBLISHED'], to: 'CLOSED', action: 'challenge.closed' },
  /** Screening found at least one eligible submission. */
  evaluate: { from: ['CLOSED'], to: 'EVALUATING', action: 'challenge.evaluating' },
  /** Nothing eligible was left to award, or the officer decided not to award. */
  noAward: { from: ['CLOSED', 'EVALUATING'], to: 'NO_AWARD', action: 'challenge.no-award' },
  /** The officer approved the award; contracts are being issued. */
  awardPending: { from: ['EVALUATING'], to: 'AWARD_PENDING', action: 'challenge.award-pending' },
  /** Every winner holds its contract. */
  awarded: { from: ['AWARD_PENDING'], to: 'AWARDED', action: 'challenge.awarded' },
} as const satisfies Record<string, ChallengeTransition>;

export type ChallengeTransitionName = keyof typeof CHALLENGE_TRANSITIONS;

/** Whether a challenge in `status` may take `transition`. */
export const canTransition = (status: ChallengeStatusName, transition: ChallengeTransitionName): boolean =>
  (CHALLENGE_TRANSITIONS[transition].from as readonly ChallengeStatusName[]).includes(status);
