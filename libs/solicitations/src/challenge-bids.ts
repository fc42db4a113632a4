import type { Tx } from '@app/core';

/**
 * What an amendment needs to know and do about bids (docs/product.md, "Amendments"): criteria and
 * weights change only while no bid exists, and a change to the problem statement asks every bidder
 * to confirm. Bids belong to the submissions domain, which depends on this one, so the challenge
 * service asks through this port, inside its own transaction; SubmissionsModule provides it.
 */
export const CHALLENGE_BIDS = Symbol('CHALLENGE_BIDS');

export interface ChallengeBids {
  /** Live (not withdrawn) bids on the challenge. */
  countLive(tx: Tx, challengeId: string): Promise<number>;
  /** SUBMITTED bids become NEEDS_CONFIRMATION, each audited so the vendor is told; returns how many. */
  requireConfirmation(tx: Tx, challengeId: string, amendment: { reason: string; fields: string[] }): Promise<number>;
}
