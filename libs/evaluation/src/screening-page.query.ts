import { Tx } from '@app/core';
import { type AttestationStatus, effectiveStatus, type StoredAnswer, toAnswerMap } from '@app/sovereignty';
import type { BidStanding, SubmissionStatusName } from '@app/submissions';

/** One live bid with everything screening judges it on, read in one statement per page. */
export interface BidToScreen {
  id: string;
  challengeId: string;
  status: SubmissionStatusName;
  priceMinor: number;
  currency: string;
  standing: BidStanding;
}

interface Row {
  id: string;
  challenge_id: string;
  status: SubmissionStatusName;
  price_minor: string;
  currency: string;
  country: string | null;
  sme_class: string | null;
  suspended_at: Date | null;
  current_id: string | null;
  current_hash: string | null;
  current_status: AttestationStatus | null;
  current_answers: StoredAnswer[] | null;
  current_expires_at: Date | null;
  frozen_id: string | null;
  frozen_status: string | null;
}

/**
 * A page of a challenge's live bids after `afterId` (keyset on id), locked FOR UPDATE, joined
 * with what VendorStandingService.ofBid reads one bid at a time: the vendor organisation, its
 * latest non-superseded attestation (effective status at the transaction's clock) and the version
 * the bid froze. Compact rows instead of entities, so 10,000 bids never sit in memory at once.
 */
export async function screeningPage(tx: Tx, challengeId: string, afterId: string | null, limit: number): Promise<BidToScreen[]> {
  const rows: Row[] = await tx.manager.query(
    // The page's ids first (sorting ids only, locked), then the joins for those rows alone: joining
    // every bid of the challenge and sorting the wide rows per page would grow with N per page.
    `WITH page AS (
       SELECT id FROM submission
        WHERE challenge_id = $1 AND status <> 'WITHDRAWN' AND ($2::uuid IS NULL OR id > $2::uuid)
        ORDER BY id
        LIMIT $3
        FOR UPDATE)
     SELECT s.id, s.challenge_id, s.status, s.price_minor::text AS price_minor, s.currency,
            o.country, o.sme_class, o.suspended_at,
            cur.id AS current_id, cur.hash AS current_hash, cur.status AS current_status,
            cur.answers AS current_answers, cur.expires_at AS current_expires_at,
            frozen.id AS frozen_id, frozen.status AS frozen_status
       FROM page JOIN submission s ON s.id = page.id
       LEFT JOIN organisation o ON o.id = s.vendor_organisation_id
       LEFT JOIN LATERAL (
             SELECT a.id, a.hash, a.status, a.answers, a.expires_at FROM attestation a
              WHERE a.vendor_organisation_id = s.vendor_organisation_id AND a.status <> 'SUPERSEDED'
              ORDER BY a.version DESC LIMIT 1) cur ON true
       LEFT JOIN attestation frozen ON frozen.id = s.attestation_id
      ORDER BY s.id`,
    [challengeId, afterId, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    challengeId: r.challenge_id,
    status: r.status,
    priceMinor: Number(r.price_minor),
    currency: r.currency,
    standing: {
      vendor: { country: r.country ?? '??', smeClass: r.sme_class, suspendedAt: r.suspended_at },
      attestation:
        r.current_id === null
          ? null
          : {
              id: r.current_id,
              hash: r.current_hash!,
              status: effectiveStatus({ status: r.current_status!, expiresAt: r.current_expires_at! }, tx.now),
              answers: toAnswerMap(r.current_answers!),
              expiresAt: r.current_expires_at!,
            },
      frozenAttestation: r.frozen_id === null ? null : { id: r.frozen_id, status: r.frozen_status! },
    },
  }));
}
