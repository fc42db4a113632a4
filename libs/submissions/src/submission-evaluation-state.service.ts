import { AuditAction, AuditRecord, AuditWriter, invalidState, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';

import { SubmissionEntity } from './entities/submission.entity';
import type { SubmissionStatusName } from './submissions.types';

/** The audit action recording each move the evaluation workflow drives. */
const MOVE_ACTIONS = {
  ELIGIBLE: 'submission.eligible',
  SCREENED_OUT: 'submission.screened-out',
  EVALUATED: 'submission.evaluated',
  AWARDED: 'submission.awarded',
  NOT_AWARDED: 'submission.not-awarded',
} as const satisfies Partial<Record<SubmissionStatusName, AuditAction>>;
type EvaluationMoveTarget = keyof typeof MOVE_ACTIONS;

/**
 * The status moves the evaluation workflow drives, inside the caller's transaction (so each move
 * commits with the evaluation rows, audit events and jobs that justify it). Each move states the
 * status it starts from; a row already past it is left alone and reported as not moved, which is
 * what keeps a job that runs twice from changing anything.
 */
/** One bid of a bulk move, as the caller read it (locked) in the same transaction. */
export interface BulkMove {
  id: string;
  challengeId: string;
  /** The status the caller read; a bid not in the move's starting states is left alone. */
  status: SubmissionStatusName;
}

@Injectable()
export class SubmissionEvaluationStateService {
  constructor(private readonly auditWriter: AuditWriter) {}

  /** Live (not withdrawn) submissions of a challenge, oldest first, locked FOR UPDATE. */
  lockLiveOfChallenge(tx: Tx, challengeId: string): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, {
      where: { challengeId, status: Not('WITHDRAWN') },
      order: { submittedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A challenge's submissions in the given states, read inside the caller's transaction. */
  ofChallenge(tx: Tx, challengeId: string, statuses: SubmissionStatusName[]): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, { where: { challengeId, status: In(statuses) }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** One submission read inside the transaction (no lock: callers lock its challenge first). */
  find(tx: Tx, submissionId: string): Promise<SubmissionEntity | null> {
    return tx.manager.findOneBy(SubmissionEntity, { id: submissionId });
  }

  /** SUBMITTED (or NEEDS_CONFIRMATION, which never passes) → ELIGIBLE or SCREENED_OUT, the outcome of screening at close. */
  async markScreened(tx: Tx, submission: SubmissionEntity, eligible: boolean, reasons: string[]): Promise<boolean> {
    return this.move(tx, submission, ['SUBMITTED', 'NEEDS_CONFIRMATION'], eligible ? 'ELIGIBLE' : 'SCREENED_OUT', { reasons });
  }

  /**
   * markScreened for a whole page of bids in a constant number of statements (screening at close
   * of 10,000+ bids): one UPDATE … FROM unnest and the audit events in chunks through the
   * AuditWriter, in the caller's transaction. Returns how many moved.
   */
  async markScreenedMany(tx: Tx, moves: (BulkMove & { eligible: boolean; reasons: string[] })[]): Promise<number> {
    const moving = moves.filter((m) => m.status === 'SUBMITTED' || m.status === 'NEEDS_CONFIRMATION');
    return this.moveMany(
      tx,
      moving.map((m) => ({ move: m, to: m.eligible ? 'ELIGIBLE' : 'SCREENED_OUT', data: { reasons: m.reasons } })),
    );
  }

  /** markEvaluated in bulk (aggregation of a whole challenge): ELIGIBLE → EVALUATED, same statements as markScreenedMany. */
  async markEvaluatedMany(tx: Tx, moves: (BulkMove & { totalScore: number })[]): Promise<number> {
    const moving = moves.filter((m) => m.status === 'ELIGIBLE');
    return this.moveMany(
      tx,
      moving.map((m) => ({ move: m, to: 'EVALUATED', data: { totalScore: m.totalScore } })),
    );
  }

  /** ELIGIBLE or EVALUATED → SCREENED_OUT: the vendor no longer qualifies during evaluation (e.g. a revocation). */
  markScreenedOutDuringEvaluation(tx: Tx, submission: SubmissionEntity, reasons: string[]): Promise<boolean> {
    return this.move(tx, submission, ['ELIGIBLE', 'EVALUATED'], 'SCREENED_OUT', { reasons, duringEvaluation: true });
  }

  /** EVALUATED → NOT_AWARDED for every evaluated bid: the officer decided no award. One UPDATE whatever their number. */
  async markNoAward(tx: Tx, challengeId: string): Promise<void> {
    const evaluated = await this.lockEvaluated(tx, challengeId);
    await this.moveMany(
      tx,
      evaluated.map((move) => ({ move, to: 'NOT_AWARDED', data: { noAward: true } })),
      'with-the-transaction',
    );
  }

  /** A vendor's bids in the given states (ids of their challenges tell the caller which to lock). */
  ofVendor(tx: Tx, vendorOrganisationId: string, statuses: SubmissionStatusName[]): Promise<SubmissionEntity[]> {
    return tx.manager.find(SubmissionEntity, {
      where: { vendorOrganisationId, status: In(statuses) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** ELIGIBLE → EVALUATED: aggregated, and moderated where the spread demanded it. */
  markEvaluated(tx: Tx, submission: SubmissionEntity, totalScore: number): Promise<boolean> {
    return this.move(tx, submission, ['ELIGIBLE'], 'EVALUATED', { totalScore });
  }

  /**
   * The award decision: the chosen EVALUATED submissions become AWARDED, the other evaluated ones
   * NOT_AWARDED, in one UPDATE whatever their number (a challenge of 10,000 bids is decided at once).
   */
  async markAwardOutcome(tx: Tx, challengeId: string, awardedIds: readonly string[]): Promise<void> {
    const evaluated = await this.lockEvaluated(tx, challengeId);
    const ids = new Set(evaluated.map((s) => s.id));
    const missing = awardedIds.filter((id) => !ids.has(id));
    if (missing.length) throw invalidState(`Only EVALUATED submissions of this challenge can be awarded: ${missing.join(', ')}`);
    const awarded = new Set(awardedIds);
    await this.moveMany(
      tx,
      evaluated.map((move) => ({ move, to: awarded.has(move.id) ? 'AWARDED' : 'NOT_AWARDED', data: {} })),
      'with-the-transaction',
    );
  }

  /** The EVALUATED bids of a challenge as compact rows, locked FOR UPDATE, oldest first (the order of their events). */
  private lockEvaluated(tx: Tx, challengeId: string): Promise<BulkMove[]> {
    return tx.manager.query(
      `SELECT id, challenge_id AS "challengeId", status FROM submission
        WHERE challenge_id = $1 AND status = 'EVALUATED' ORDER BY submitted_at, id FOR UPDATE`,
      [challengeId],
    );
  }

  /**
   * The bulk form of move(): the callers hold the rows' lock (they read them FOR UPDATE, or hold
   * the challenge lock that every writer of its bids takes), so the status they read is current;
   * the WHERE clause re-checks it anyway so a stale caller changes nothing.
   * The events are written now, in chunks (pipeline steps of 10,000+ bids), or 'with-the-transaction':
   * queued with the caller's other events so they keep their order with them (the award decision).
   */
  private async moveMany(
    tx: Tx,
    moves: { move: BulkMove; to: EvaluationMoveTarget; data: Record<string, unknown> }[],
    events: 'now' | 'with-the-transaction' = 'now',
  ): Promise<number> {
    if (!moves.length) return 0;
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [moved]: [{ id: string }[], number] = await tx.manager.query(
      `UPDATE submission s SET status = u.next
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, previous, next)
        WHERE s.id = u.id AND s.status = u.previous
        RETURNING s.id`,
      [moves.map((m) => m.move.id), moves.map((m) => m.move.status), moves.map((m) => m.to)],
    );
    const done = new Set(moved.map((r) => r.id));
    const records = moves
      .filter((m) => done.has(m.move.id))
      .map(
        (m) =>
          ({
            action: MOVE_ACTIONS[m.to],
            entityType: 'Submission',
            entityId: m.move.id,
            data: { challengeId: m.move.challengeId, from: m.move.status, ...m.data },
          }) as AuditRecord,
      );
    if (events === 'with-the-transaction') records.forEach((record) => tx.audit(record));
    else await this.auditWriter.append(tx.manager, tx.actor?.userId ?? null, records);
    return done.size;
  }

  private async move(
    tx: Tx,
    submission: SubmissionEntity,
    from: SubmissionStatusName[],
    to: EvaluationMoveTarget,
    data: Record<string, unknown>,
  ): Promise<boolean> {
    if (!from.includes(submission.status)) return false;
    const previous = submission.status;
    await tx.manager.update(SubmissionEntity, { id: submission.id }, { status: to });
    submission.status = to;
    tx.audit({
      action: MOVE_ACTIONS[to],
      entityType: 'Submission',
      entityId: submission.id,
      data: { challengeId: submission.challengeId, from: previous, ...data },
    } as AuditRecord); // the public move methods above pass each target's data
    return true;
  }
}
