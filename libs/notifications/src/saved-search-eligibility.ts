import type { TrustedJurisdiction } from '@app/core/geo/countries';
import { effectiveStatus, type StoredAnswer, type Tier, toAnswerMap } from '@app/sovereignty';
import { screen } from '@app/submissions';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { savedSearchMatches } from './rules/audiences';

interface CandidateRow {
  organisation_id: string;
  country: string;
  sme_class: string | null;
  suspended_at: Date | null;
  attestation_id: string | null;
  status: string | null;
  answers: StoredAnswer[] | null;
  expires_at: Date | null;
}

/**
 * Which organisations with a saved search matching a newly published challenge may bid on it: the
 * one eligibility rule (`screen` from the submissions domain, price left out) over every candidate.
 * One query loads the candidates (matching saved searches, latest attestation each), the pure rule
 * runs in memory: 10,000 vendors take one round trip and milliseconds of CPU.
 */
@Injectable()
export class SavedSearchEligibility {
  async eligibleOrganisations(manager: EntityManager, challengeId: string, now: Date): Promise<string[]> {
    const [challenge] = await manager.query(
      `SELECT trusted_jurisdiction, required_tier, sme_only, max_contract_value_minor, currency FROM challenge WHERE id = $1`,
      [challengeId],
    );
    if (!challenge) return [];
    const candidates: CandidateRow[] = await manager.query(
      `SELECT o.id AS organisation_id, o.country, o.sme_class, o.suspended_at,
              a.id AS attestation_id, a.status, a.answers, a.expires_at
         FROM organisation o
         LEFT JOIN LATERAL (SELECT id, status, answers, expires_at FROM attestation
                             WHERE vendor_organisation_id = o.id ORDER BY version DESC LIMIT 1) a ON TRUE
        WHERE o.kind = 'VENDOR' AND o.id IN (
              SELECT ss.organisation_id FROM saved_search ss JOIN challenge c ON c.id = $1 WHERE ${savedSearchMatches('ss', 'c')})`,
      [challengeId],
    );
    return candidates
      .filter(
        (row) =>
          screen({
            vendor: { country: row.country, smeClass: row.sme_class, suspendedAt: row.suspended_at },
            attestation:
              row.attestation_id && row.answers && row.expires_at
                ? {
                    id: row.attestation_id,
                    status: effectiveStatus({ status: row.status as never, expiresAt: row.expires_at }, now),
                    answers: toAnswerMap(row.answers),
                    expiresAt: row.expires_at,
                  }
                : null,
            challenge: {
              trustedJurisdiction: challenge.trusted_jurisdiction as TrustedJurisdiction,
              requiredTier: challenge.required_tier as Tier,
              smeOnly: challenge.sme_only,
              maxContractValue: { amountMinor: Number(challenge.max_contract_value_minor), currency: challenge.currency },
            },
            now,
          }).eligible,
      )
      .map((row) => row.organisation_id);
  }
}
