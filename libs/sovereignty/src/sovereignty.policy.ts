import { Actor, hasRole } from '@app/core';

import type { ReviewAction } from './engine/attestation-status';

/**
 * Who may do what with attestations, in one place (docs/sovereignty.md).
 * - Attest: users with the VENDOR role, for their own (vendor) organisation only.
 * - Read one attestation: its vendor's own users, and OFFICER, AUDITOR, ADMIN. Another vendor
 *   gets NOT_FOUND, exactly as for a missing id, so ids reveal nothing.
 * - Read its answers (need-to-know): the vendor's own users, auditors and admins always; an officer
 *   only when the vendor has a bid on a closed challenge of the officer's own buyer (when verifying
 *   for an award is needed). Otherwise an officer sees the tier per trusted set, never the answers.
 * - Review: OFFICER and ADMIN verify criteria and challenge; only ADMIN revokes (a revocation
 *   suspends the vendor's bidding) and lifts a suspension.
 * - The catalogue is public.
 */
export const SovereigntyPolicy = {
  canAttest(actor: Actor): boolean {
    return hasRole(actor, 'VENDOR') && actor.organisationKind === 'VENDOR';
  },

  canRead(actor: Actor, attestation: { vendorOrganisationId: string }): boolean {
    if (hasRole(actor, 'OFFICER', 'AUDITOR', 'ADMIN')) return true;
    return hasRole(actor, 'VENDOR') && actor.organisationId === attestation.vendorOrganisationId;
  },

  /** `bidOnClosedChallengeOfActorsBuyer`: the fact behind an officer's need-to-know, asked of the submissions domain. */
  canReadAnswers(actor: Actor | null, attestation: { vendorOrganisationId: string }, bidOnClosedChallengeOfActorsBuyer: boolean): boolean {
    if (!actor) return false;
    if (hasRole(actor, 'AUDITOR', 'ADMIN')) return true;
    if (hasRole(actor, 'VENDOR') && actor.organisationId === attestation.vendorOrganisationId) return true;
    return hasRole(actor, 'OFFICER') && bidOnClosedChallengeOfActorsBuyer;
  },

  canReview(actor: Actor, action: ReviewAction = 'verify'): boolean {
    if (action === 'revoke') return hasRole(actor, 'ADMIN');
    return hasRole(actor, 'OFFICER', 'ADMIN');
  },
};
