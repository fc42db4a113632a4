import { Actor, hasRole } from '@app/core';

/**
 * Who sees and lifts a vendor's suspension after a revocation (docs/sovereignty.md), in one place.
 * - See it: the vendor's own users, officers, auditors and admins; anyone else reads null.
 * - Lift it: ADMIN only, with a reason (the revocation itself is an ADMIN act too).
 */
export const SuspensionPolicy = {
  canSee(actor: Actor | null, organisation: { id: string }): boolean {
    if (!actor) return false;
    if (hasRole(actor, 'OFFICER', 'AUDITOR', 'ADMIN')) return true;
    return hasRole(actor, 'VENDOR') && actor.organisationId === organisation.id;
  },

  canLift(actor: Actor): boolean {
    return hasRole(actor, 'ADMIN');
  },
};
