export const ROLES = ['VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

/** Who is acting: resolved once per request from the bearer token and the users table. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: 'BUYER' | 'VENDOR';
  roles: readonly RoleName[];
}

export const hasRole = (actor: Actor | null | undefined, ...roles: RoleName[]): boolean =>
  !!actor && actor.roles.some((role) => roles.includes(role));
