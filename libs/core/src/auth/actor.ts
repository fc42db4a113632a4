export const ROLES = ['VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

/** Who is acting: resolved once per request from the bearer token and the users table. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: 'BUYER' | 'VENDOR';
  roles: readonly RoleName[];
  /**
   * Vendors (VENDOR role): their organisation's newest attestation that is not superseded, read in
   * the actor's own statement (ActorResolver), or null when it has none. Need-to-know visibility
   * needs it on every vendor read; reading it here saves that read its own round trip. Undefined
   * for other actors and for an actor not built from a request (readers then query it).
   */
  attestation?: ActorAttestation | null;
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
