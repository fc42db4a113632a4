import { Actor, hasRole } from '@app/core';

interface ContractFacts {
  buyerOrganisationId: string;
  vendorOrganisationId: string;
}

/**
 * Who may see and do what with micro-contracts, in one place:
 * - The vendor's users see its contracts, sign them and deliver milestones.
 * - The buying organisation's officers see its contracts, accept, reject and pay milestones,
 *   issue follow-ons and terminate.
 * - Auditors and admins see every contract and change none.
 * - To anyone else a contract does not exist (NOT_FOUND, never FORBIDDEN).
 */
export const ContractsPolicy = {
  isOwnVendor(actor: Actor | null, contract: Pick<ContractFacts, 'vendorOrganisationId'>): boolean {
    return !!actor && hasRole(actor, 'VENDOR') && actor.organisationId === contract.vendorOrganisationId;
  },

  isBuyerOfficer(actor: Actor | null, contract: Pick<ContractFacts, 'buyerOrganisationId'>): boolean {
    return !!actor && hasRole(actor, 'OFFICER') && actor.organisationId === contract.buyerOrganisationId;
  },

  canView(actor: Actor | null, contract: ContractFacts): boolean {
    return (
      hasRole(actor, 'AUDITOR', 'ADMIN') || ContractsPolicy.isOwnVendor(actor, contract) || ContractsPolicy.isBuyerOfficer(actor, contract)
    );
  },

  /** Listing scope as plain filters, mirroring canView: null means every contract. */
  scope(actor: Actor | null): { all: true } | { vendorOrganisationId: string | null; buyerOrganisationId: string | null } {
    if (hasRole(actor, 'AUDITOR', 'ADMIN')) return { all: true };
    return {
      vendorOrganisationId: actor && hasRole(actor, 'VENDOR') ? actor.organisationId : null,
      buyerOrganisationId: actor && hasRole(actor, 'OFFICER') ? actor.organisationId : null,
    };
  },
};
