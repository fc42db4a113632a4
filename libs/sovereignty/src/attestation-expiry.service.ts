import { TransactionRunner } from '@app/core';
import { Injectable } from '@nestjs/common';

interface ExpiredRow {
  id: string;
  version: number;
  expires_at: Date;
}

/**
 * Stores EXPIRED on attestations still in force past their expiry, by the database clock. Running
 * twice changes nothing: the WHERE clause only matches rows that have not moved on yet.
 */
@Injectable()
export class AttestationExpiryService {
  // A bounded batch keeps each sweep transaction (and its audit events) small.
  static readonly BATCH = 500;

  constructor(private readonly transactions: TransactionRunner) {}

  /** One attestation, at its expiry instant; false when it is not due or already moved on. */
  async expire(attestationId: string): Promise<boolean> {
    return (await this.expireBatch(attestationId)) > 0;
  }

  /** Every attestation past its expiry: the safety net for lost or early jobs. */
  async expireDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.expireBatch(null);
      total += expired;
      if (expired < AttestationExpiryService.BATCH) return total;
    }
  }

  private expireBatch(attestationId: string | null): Promise<number> {
    return this.transactions.run(null, async (tx) => {
      // Waits for a row another transaction holds (an officer's action, a concurrent sweep) and
      // re-checks it, so when this returns every row due at its start has been stored EXPIRED.
      const [rows] = (await tx.manager.query(
        `UPDATE attestation SET status = 'EXPIRED', updated_at = now()
         WHERE id IN (
           SELECT id FROM attestation
           WHERE status IN ('ACTIVE', 'CHALLENGED') AND expires_at <= now() AND ($1::uuid IS NULL OR id = $1::uuid)
           ORDER BY expires_at LIMIT $2 FOR UPDATE)
         RETURNING id, version, expires_at`,
        [attestationId, AttestationExpiryService.BATCH],
      )) as [ExpiredRow[], number];
      for (const row of rows) {
        tx.audit({
          action: 'attestation.expired',
          entityType: 'Attestation',
          entityId: row.id,
          data: { version: row.version, expiresAt: new Date(row.expires_at).toISOString() },
        });
      }
      return rows.length;
    });
  }
}
