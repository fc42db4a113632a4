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
 * Sealed bids (PRODUCT.md "Submission rules"), in one place:
 * - A vendor's own users always see its submissions: content, price, attestation.
 * - Until the challenge has closed, nobody else does — not the buyer's officers, not evaluators,
 *   auditors or admins — and not even how many there are.
 * - Once it has closed, the buying organisation's officers see every submission. (Evaluators see
 *   the submissions they are assigned to through the evaluation workflow, not through here.)
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

  canBid(actor: Actor): boolean {
    return hasRole(actor, 'VENDOR') && actor.organisationKind === 'VENDOR';
  },
};
