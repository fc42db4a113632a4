export const ROLES = ['VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

/** Who is acting: resolved once per request from the bearer token and the users table. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: 'BUYER' | 'VENDOR';
  roles: readonly RoleName[];
  /**
   * Vendors (VENDOR role): their organisation's standing, read in the actor's own statement
   * (ActorResolver). Every vendor read needs the attestation for need-to-know visibility and every
   * bid needs all of it for screening; reading it here saves each its own round trips. Undefined for
   * other actors and for an actor not built from a request (readers then query it themselves).
   */
  vendor?: ActorVendorStanding;
}

/** What screening and visibility need of a vendor's organisation, as of the actor's read. */
export interface ActorVendorStanding {
  country: string;
  smeClass: string | null;
  suspendedAt: Date | null;
  /** The newest attestation that is not superseded, or null when there is none. */
  attestation: ActorAttestation | null;
}

/** The attestation reference an actor carries; what it means (effective status, tiers) is @app/sovereignty's. */
export interface ActorAttestation {
  id: string;
  /** Covers every signed answer value: the same hash always gives the same tiers. */
  hash: string;
  /** As stored; its effective status also depends on expiresAt and readAt. */
  status: string;
  expiresAt: Date;
  /** The database clock when the actor was read. */
  readAt: Date;
}

export const hasRole = (actor: Actor | null | undefined, ...roles: RoleName[]): boolean =>
  !!actor && actor.roles.some((role) => roles.includes(role));
