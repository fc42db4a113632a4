import { Actor, hasRole } from '@app/core';

/**
 * Who may do what with attestations, in one place.
 * - Attest: users with the VENDOR role, for their own (vendor) organisation only.
 * - Read one attestation: its vendor's own users, and OFFICER, AUDITOR, ADMIN. Another vendor
 *   gets NOT_FOUND, exactly as for a missing id, so ids reveal nothing.
 * - Review (verify criteria, challenge, revoke): OFFICER and ADMIN.
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

  canReview(actor: Actor): boolean {
    return hasRole(actor, 'OFFICER', 'ADMIN');
  },
};
