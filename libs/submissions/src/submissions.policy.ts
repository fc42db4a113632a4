import { Actor, hasRole } from '@app/core';
import { SolicitationsPolicy } from '@app/solicitations';

interface ChallengeFacts {
  buyerOrganisationId: string;
  createdByUserId: string;
  status: Parameters<typeof SolicitationsPolicy.bidsOpened>[0]['status'];
  publishedAt: Date | null;
  closedAt: Date | null;
}

/**
 * Sealed bids (docs/product.md "Submission rules"), in one place:
 * - A vendor's own users always see its submissions: content, price, attestation.
 * - Until the challenge has closed, nobody else does — not the buyer's officers, not evaluators,
 *   auditors or admins — and not even how many there are.
 * - Once it has closed, the buying organisation's officers see every submission.
 * - An evaluator sees a submission's content once they accepted its assignment (confirming no
 *   conflict); the evaluation domain answers that through the EVALUATOR_ACCESS port. In a blind
 *   challenge such a reader gets no vendor identity: Submission.vendor and .attestation are null.
 */
export const SubmissionsPolicy = {
  isOwnVendor(actor: Actor | null, submission: { vendorOrganisationId: string }): boolean {
    return !!actor && hasRole(actor, 'VENDOR') && actor.organisationId === submission.vendorOrganisationId;
  },

  buyerMaySeeBids(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return SolicitationsPolicy.isBuyerOfficer(actor, challenge) && SolicitationsPolicy.bidsOpened(challenge);
  },

  canSee(actor: Actor | null, submission: { vendorOrganisationId: string }, challenge: ChallengeFacts): boolean {
    return SubmissionsPolicy.isOwnVendor(actor, submission) || SubmissionsPolicy.buyerMaySeeBids(actor, challenge);
  },

  /** Own vendor or the buyer's officers after close: readers entitled to the bidder's identity. */
  mayKnowBidder(actor: Actor | null, submission: { vendorOrganisationId: string }, challenge: ChallengeFacts): boolean {
    return SubmissionsPolicy.isOwnVendor(actor, submission) || SubmissionsPolicy.buyerMaySeeBids(actor, challenge);
  },

  /** An evaluator with an accepted assignment; `accepted` comes from the evaluation domain. */
  evaluatorMaySee(actor: Actor | null, accepted: boolean): boolean {
    return hasRole(actor, 'EVALUATOR') && accepted;
  },

  /** Blind evaluation: whoever reads a bid without being entitled to the bidder's identity gets none. */
  vendorHidden(
    actor: Actor | null,
    submission: { vendorOrganisationId: string },
    challenge: ChallengeFacts & { blindEvaluation: boolean },
  ): boolean {
    return challenge.blindEvaluation && !SubmissionsPolicy.mayKnowBidder(actor, submission, challenge);
  },

  canBid(actor: Actor): boolean {
    return hasRole(actor, 'VENDOR') && actor.organisationKind === 'VENDOR';
  },
};
