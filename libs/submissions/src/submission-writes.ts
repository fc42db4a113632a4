import { EntityRows, queryPrepared, Tx } from '@app/core';

import { SubmissionEntity } from './entities/submission.entity';
import { ProposalContent, type SubmissionStatusName } from './submissions.types';

/** A bid the vendor may still revise or withdraw while submissions are open. */
export const OPEN_BID_STATUSES: SubmissionStatusName[] = ['SUBMITTED', 'NEEDS_CONFIRMATION'];

/** What a (re)submission freezes besides the content: who, when, under which attestation version. */
export interface FrozenBid {
  attestationId: string;
  attestationHash: string;
  submittedByUserId: string;
  submittedAt: Date;
}

export interface BidWrite {
  challengeId: string;
  vendorOrganisationId: string;
  content: ProposalContent;
  /** The revision's stored content: `content` plus the documents' fingerprints when there are any. */
  sealed: ProposalContent;
  frozen: FrozenBid;
  /** The client's idempotency key, recorded with the revision and bound to `contentHash`. */
  idempotencyKey: string | null;
  /** SHA-256 of the canonical sealed content: in the idempotency record and the audit event. */
  contentHash: string;
  /** Who the audit event names (the transaction's actor). */
  actorId: string | null;
}

const rowsCache = new WeakMap<object, EntityRows<SubmissionEntity>>();
const submissionRows = (tx: Tx) => {
  const dataSource = tx.manager.connection;
  let rows = rowsCache.get(dataSource);
  if (!rows) rowsCache.set(dataSource, (rows = new EntityRows(dataSource, SubmissionEntity)));
  return rows;
};

/**
 * The live bid's new revision (or the first one) written in ONE statement: the submission row
 * (UPDATE of the vendor's open bid, else INSERT), its submission_revision row, with an idempotency
 * key its submission_request row, and its audit event (submission.submitted for a first revision,
 * else submission.revised), chained by data-modifying CTEs. It replaces a SELECT of the open bid,
 * TypeORM's reload-before-save SELECT, the UPDATE and three INSERTs: per write, statement round
 * trips and query building cost the API more CPU than the writes themselves.
 * The audit event is the row AuditWriter.append would insert (same columns, `at` the transaction's
 * clock to the millisecond, the same data as jsonb): it commits iff the bid does. The caller nudges
 * the chainer after commit, as TransactionRunner does for the events it writes. Sealed bid: the
 * event carries no price or content, only the hashes.
 * The caller holds the challenge row lock, so no other bid of this vendor on this challenge can
 * commit in between (and the partial unique index would refuse a second live bid anyway).
 * It also says whether the bid has live documents (attached only by bid writes, which hold that
 * lock), so a revision without documents before or after skips the documents' own statement.
 */
export async function writeBidRevision(
  tx: Tx,
  bid: BidWrite,
): Promise<{ submission: SubmissionEntity; created: boolean; hasLiveDocuments: boolean }> {
  const rows = submissionRows(tx);
  const { content, frozen } = bid;
  const params = [
    bid.challengeId, // $1
    bid.vendorOrganisationId, // $2
    content.summary, // $3
    content.technicalApproach, // $4
    content.priceMinor, // $5
    content.currency, // $6
    content.durationDays, // $7
    content.milestones === null ? null : JSON.stringify(content.milestones), // $8
    frozen.attestationId, // $9
    frozen.attestationHash, // $10
    frozen.submittedByUserId, // $11
    frozen.submittedAt, // $12
    JSON.stringify(bid.sealed), // $13
    bid.idempotencyKey, // $14
    bid.contentHash, // $15
    tx.now, // $16
    OPEN_BID_STATUSES, // $17
    bid.actorId, // $18
  ];
  const [id, revision, challengeId] = [rows.aliasOf('id'), rows.aliasOf('revision'), rows.aliasOf('challengeId')];
  // Data-modifying CTEs all see the same snapshot and run once each: the INSERT only when the
  // UPDATE found no open bid, the dependent inserts from whichever produced the row.
  // A prepared statement: PostgreSQL parses and plans these CTEs once per connection.
  const written = await queryPrepared(
    tx.manager,
    `WITH revised AS (
       UPDATE submission AS t
          SET summary = $3, technical_approach = $4, price_minor = $5, currency = $6, duration_days = $7, milestones = $8::jsonb,
              attestation_id = $9, attestation_hash = $10, submitted_by_user_id = $11, submitted_at = $12,
              revision = t.revision + 1, status = 'SUBMITTED'
        WHERE t.challenge_id = $1 AND t.vendor_organisation_id = $2 AND t.status = ANY($17)
       RETURNING ${rows.columnList}
     ), created AS (
       INSERT INTO submission AS t (challenge_id, vendor_organisation_id, submitted_by_user_id, status, revision, summary,
                                    technical_approach, price_minor, currency, duration_days, milestones, attestation_id,
                                    attestation_hash, submitted_at, created_at)
       SELECT $1, $2, $11, 'SUBMITTED', 1, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $12, $16::timestamptz
        WHERE NOT EXISTS (SELECT 1 FROM revised)
       RETURNING ${rows.columnList}
     ), s AS (
       SELECT * FROM revised UNION ALL SELECT * FROM created
     ), stored_revision AS (
       INSERT INTO submission_revision (submission_id, revision, content, attestation_id, attestation_hash, submitted_by_user_id, submitted_at)
       SELECT ${id}, ${revision}, $13::jsonb, $9, $10, $11, $12 FROM s
     ), stored_request AS (
       INSERT INTO submission_request (vendor_organisation_id, idempotency_key, content_hash, submission_id, revision, created_at)
       SELECT $2, $14::text, $15::text, ${id}, ${revision}, $16::timestamptz FROM s WHERE $14::text IS NOT NULL
     ), audited AS (
       INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, data)
       SELECT date_trunc('milliseconds', now()), $18::uuid,
              CASE WHEN ${revision} = 1 THEN 'submission.submitted' ELSE 'submission.revised' END, 'Submission', ${id}::text,
              jsonb_build_object('challengeId', ${challengeId}::text, 'revision', ${revision}, 'contentHash', $15::text, 'attestationHash', $10::text)
         FROM s
     )
     SELECT s.*, EXISTS (
              SELECT 1 FROM document_attachment a WHERE a.owner_type = 'SUBMISSION' AND a.owner_id = s.${id} AND a.detached_at IS NULL
            ) AS has_live_documents
       FROM s`,
    params,
  );
  const [submission] = rows.map(written);
  return { submission, created: submission.revision === 1, hasLiveDocuments: written[0].has_live_documents === true };
}
