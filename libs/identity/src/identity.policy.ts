import { Actor, hasRole, RoleName } from '@app/core';

import type { OrganisationKind } from './entities/organisation.entity';

/**
 * Who may create which users, in one place.
 * - ADMIN: any user in any organisation.
 * - OFFICER: EVALUATOR users in the officer's own buying organisation only.
 * - VENDOR: colleagues (VENDOR role only) in the vendor's own organisation.
 * And for everyone: the VENDOR role belongs to vendor organisations, every other role to buyers.
 *
 * Who may disable and enable accounts (docs/product.md, account lifecycle): the same people who may
 * create them. ADMIN: any user; OFFICER: the EVALUATOR users of its own buying organisation;
 * VENDOR: its own organisation's colleagues. Never oneself (an admin cannot lock the last door).
 */
export const IdentityPolicy = {
  rolesFitOrganisation(kind: OrganisationKind, roles: readonly RoleName[]): string | null {
    if (kind === 'VENDOR' && roles.some((r) => r !== 'VENDOR')) return 'Users of a vendor organisation can only hold the VENDOR role';
    if (kind === 'BUYER' && roles.includes('VENDOR')) return 'The VENDOR role belongs to vendor organisations';
    return null;
  },

  canCreateUser(actor: Actor, organisationId: string, roles: readonly RoleName[]): boolean {
    if (hasRole(actor, 'ADMIN')) return true;
    const ownOrganisation = actor.organisationId === organisationId;
    if (hasRole(actor, 'OFFICER') && ownOrganisation && roles.every((r) => r === 'EVALUATOR')) return true;
    if (hasRole(actor, 'VENDOR') && ownOrganisation && roles.every((r) => r === 'VENDOR')) return true;
    return false;
  },

  /** 'ok', 'self', or 'hidden' (reads as a missing user: no role or organisation is revealed). */
  accountManagement(actor: Actor, target: { id: string; organisationId: string; roles: readonly RoleName[] }): 'ok' | 'self' | 'hidden' {
    if (target.id === actor.userId) return 'self';
    if (hasRole(actor, 'ADMIN')) return 'ok';
    return IdentityPolicy.canCreateUser(actor, target.organisationId, target.roles) ? 'ok' : 'hidden';
  },
};
