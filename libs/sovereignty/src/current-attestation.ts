import { type ActorAttestation, plainQuery } from '@app/core';
import { DataSource } from 'typeorm';

import type { CurrentAttestation } from './attestation.service';
import { toAnswerMap } from './engine/answer-validation';
import { type AttestationStatus, effectiveStatus } from './engine/attestation-status';
import type { StoredAnswer } from './entities/attestation.entity';

/**
 * What AttestationService.currentForOrganisation returns (the newest version that was not
 * superseded, with its effective status), read in ONE plain statement that also reads the
 * database clock, straight to the pool: two round trips and TypeORM's query building fewer, for
 * the bid write path and the vendor's challenge reads, where they cost more API CPU than the read.
 */
export async function readCurrentAttestation(dataSource: DataSource, organisationId: string): Promise<CurrentAttestation | null> {
  const [row] = await plainQuery<{
    id: string;
    hash: string;
    status: AttestationStatus;
    answers: StoredAnswer[];
    expires_at: Date;
    now: Date;
  }>(
    dataSource,
    `SELECT a.id, a.hash, a.status, a.answers, a.expires_at, date_trunc('milliseconds', now()) AS now
         FROM attestation a
        WHERE a.vendor_organisation_id = $1 AND a.status <> 'SUPERSEDED'
        ORDER BY a.version DESC
        LIMIT 1`,
    [organisationId],
  );
  if (!row) return null;
  return {
    id: row.id,
    hash: row.hash,
    status: effectiveStatus({ status: row.status, expiresAt: row.expires_at }, row.now),
    answers: toAnswerMap(row.answers),
    expiresAt: row.expires_at,
  };
}

/** The effective status of the attestation an actor carries (ActorResolver), on the clock it was read by. */
export function actorAttestationStatus(attestation: ActorAttestation): AttestationStatus {
  return effectiveStatus({ status: attestation.status as AttestationStatus, expiresAt: attestation.expiresAt }, attestation.readAt);
}
