/**
 * Rows with controlled timestamps for the metrics suite, inserted straight into the domain tables
 * the metrics read (organisation, challenge, micro_contract, contract_milestone). The audit log is
 * append-only and metrics never read it, so nothing needs disabling.
 */
import type { DataSource } from 'typeorm';

type Sme = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';

export class MetricsFixture {
  private n = 0;
  constructor(private readonly db: DataSource) {}

  async organisation(kind: 'BUYER' | 'VENDOR', smeClass: Sme | null = null): Promise<string> {
    const [row] = await this.db.query(`INSERT INTO organisation (name, kind, country, sme_class) VALUES ($1, $2, 'BE', $3) RETURNING id`, [
      `Org ${++this.n}`,
      kind,
      smeClass,
    ]);
    return row.id;
  }

  async challenge(
    buyerId: string,
    t: { status: string; publishedAt?: string; awardedAt?: string; cancelledAt?: string; classification?: string; currency?: string },
  ): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO challenge (ocid, buyer_organisation_id, created_by_user_id, status, title, problem_statement, tags, classification, required_tier,
         trusted_jurisdiction, sme_only, budget_minor, max_contract_value_minor, currency, max_awards, evaluators_per_submission, blind_evaluation,
         standstill_days, submission_deadline, created_at, updated_at, published_at, awarded_at, cancelled_at)
       VALUES ('ocds-metrics-' || gen_random_uuid(), $1, gen_random_uuid(), $2, 'Metrics fixture', 'A challenge with known dates', '{}', $6, 'T4',
         'NATO', false, 10000000, 5000000, $7, 3, 1, false, 0, '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z', now(), $3, $4, $5)
       RETURNING id`,
      [
        buyerId,
        t.status,
        t.publishedAt ?? null,
        t.awardedAt ?? null,
        t.cancelledAt ?? null,
        t.classification ?? 'PUBLIC',
        t.currency ?? 'EUR',
      ],
    );
    return row.id;
  }

  /** A phase-1 contract (one winning bid) issued at the award. */
  async contract(
    challengeId: string,
    buyerId: string,
    vendorId: string,
    t: { valueMinor: number; issuedAt: string; signedAt?: string; currency?: string },
  ): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO micro_contract (challenge_id, buyer_organisation_id, vendor_organisation_id, submission_id, phase, title, value_minor, currency, status, issued_at, signed_at, updated_at)
       VALUES ($1, $2, $3, gen_random_uuid(), 1, 'Phase 1', $4, $8, $5, $6, $7, now()) RETURNING id`,
      [
        challengeId,
        buyerId,
        vendorId,
        t.valueMinor,
        t.signedAt ? 'ACTIVE' : 'PENDING_SIGNATURE',
        t.issuedAt,
        t.signedAt ?? null,
        t.currency ?? 'EUR',
      ],
    );
    return row.id;
  }

  async milestone(contractId: string, position: number, t: { deliveredAt: string; paidAt?: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO contract_milestone (contract_id, position, title, share_percent, amount_minor, currency, due_in_days, due_date, status, delivered_at, accepted_at, paid_at, updated_at)
       VALUES ($1, $2, 'Milestone', 50, 1000, 'EUR', 30, '2026-12-01T00:00:00Z', $3, $4, $4, $5, now())`,
      [contractId, position, t.paidAt ? 'PAID' : 'DELIVERED', t.deliveredAt, t.paidAt ?? null],
    );
  }
}
