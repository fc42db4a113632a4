/**
 * The attestation lifecycle (docs/sovereignty.md, "Lifecycle of an attestation") as pure rules,
 * so the service, the resolvers and the expiry job all read the same ones.
 */

export const ATTESTATION_STATUSES = ['ACTIVE', 'SUPERSEDED', 'CHALLENGED', 'REVOKED', 'EXPIRED'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

/** Statuses a newer version supersedes and the expiry job expires: the ones still in force. */
export const IN_FORCE_STATUSES: readonly AttestationStatus[] = ['ACTIVE', 'CHALLENGED'];

/** An attestation is valid for 365 days of 24 hours from signing. */
export const VALIDITY_MS = 365 * 24 * 60 * 60 * 1000;

export const expiryOf = (signedAt: Date): Date => new Date(signedAt.getTime() + VALIDITY_MS);

/**
 * The status a reader sees: an attestation still in force past its expiry reads EXPIRED even
 * before the expiry job has stored it, so a late or lost job never lets one count as ACTIVE.
 * `now` is the database clock.
 */
export function effectiveStatus(row: { status: AttestationStatus; expiresAt: Date }, now: Date): AttestationStatus {
  if (IN_FORCE_STATUSES.includes(row.status) && row.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return row.status;
}

/** Officer actions and the effective statuses they start from; anything else is INVALID_STATE. */
export const REVIEW_TRANSITIONS = {
  // Evidence can be seen for any version a submission may have frozen (a superseded one included),
  // but not for one that lapsed or was found misrepresented.
  verify: ['ACTIVE', 'CHALLENGED', 'SUPERSEDED'],
  challenge: ['ACTIVE'],
  // Misrepresentation found after the vendor re-attested still voids the bids that froze that version.
  revoke: ['ACTIVE', 'CHALLENGED', 'SUPERSEDED'],
} as const satisfies Record<string, readonly AttestationStatus[]>;

export type ReviewAction = keyof typeof REVIEW_TRANSITIONS;

export function mayReview(action: ReviewAction, status: AttestationStatus): boolean {
  return (REVIEW_TRANSITIONS[action] as readonly AttestationStatus[]).includes(status);
}
