import { TransactionRunner } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';

import { NotificationRecorder } from './notification-recorder';
import { type ChainedEvent, rulesFor } from './rules/notification-rules';
import { SavedSearchEligibility } from './saved-search-eligibility';

interface EventRow {
  seq: string;
  chain_pos: string;
  at: Date;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
}

/**
 * Reads committed audit events in chain order after its cursor and records their notifications.
 * Each batch is one transaction: the cursor moves with the notifications, deliveries and outbox jobs
 * it covers, so a worker killed mid-batch, or a Redis flush, re-reads exactly the events whose
 * notifications were not committed (PostgreSQL is the state; the job that runs this only wakes it).
 * Concurrent runs are harmless: the cursor row is taken FOR UPDATE SKIP LOCKED, a second run finds
 * it taken and returns.
 *
 * One bad event must not stall every later notification (an event whose stored shape a newer rule
 * cannot read, say). When a batch fails, the relay reads the next event alone; an event that fails
 * alone is counted in `notification_relay_failure`, and after MAX_ATTEMPTS runs in a row it is
 * skipped, logged as an error and kept there for the operator. A failure that is not the event's
 * (PostgreSQL down) also fails the counting, so the cursor only moves past an event that failed
 * MAX_ATTEMPTS times while the database answered.
 */
@Injectable()
export class NotificationRelayService {
  static readonly BATCH = 200;
  static readonly MAX_ATTEMPTS = 3;
  private readonly logger = new Logger('NotificationRelay');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly eligibility: SavedSearchEligibility,
  ) {}

  /** Relays until caught up; returns the number of events read (a skipped event counts as read). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const read = await this.relayBatch(NotificationRelayService.BATCH).catch(() => this.relayOneByOne());
      total += read;
      if (read < NotificationRelayService.BATCH) return total;
    }
  }

  /**
   * After a failed batch: the same events, one per transaction, so the good ones before a bad one
   * are recorded and the bad one is found. Throws (the job retries later) on an event that has not
   * yet failed MAX_ATTEMPTS times; skips it once it has.
   */
  private async relayOneByOne(): Promise<number> {
    let read = 0;
    while (read < NotificationRelayService.BATCH) {
      try {
        const one = await this.relayBatch(1);
        if (one === 0) break;
        read += one;
      } catch (error) {
        if (!(await this.countFailureAndSkip(error as Error))) throw error;
        read += 1;
      }
    }
    return read;
  }

  /** Counts a failure of the event after the cursor; skips it when it reached MAX_ATTEMPTS. True if skipped. */
  private async countFailureAndSkip(error: Error): Promise<boolean> {
    return this.tx.run(null, async (tx) => {
      const [cursor] = await tx.manager.query(`SELECT position FROM notification_relay_cursor WHERE name = 'audit' FOR UPDATE SKIP LOCKED`);
      if (!cursor) return false;
      const [event] = await tx.manager.query(`SELECT seq, chain_pos FROM audit_event WHERE chain_pos > $1 ORDER BY chain_pos LIMIT 1`, [
        cursor.position,
      ]);
      if (!event) return false;
      const [failure] = await tx.manager.query(
        `INSERT INTO notification_relay_failure (chain_pos, audit_seq, attempts, last_error, first_failed_at, last_failed_at)
         VALUES ($1, $2, 1, $3, $4, $4)
         ON CONFLICT (chain_pos) DO UPDATE SET attempts = notification_relay_failure.attempts + 1,
           last_error = EXCLUDED.last_error, last_failed_at = EXCLUDED.last_failed_at
         RETURNING attempts`,
        [event.chain_pos, event.seq, error.message.slice(0, 2000), tx.now],
      );
      if (failure.attempts < NotificationRelayService.MAX_ATTEMPTS) return false;
      await tx.manager.query(`UPDATE notification_relay_failure SET skipped_at = $2 WHERE chain_pos = $1`, [event.chain_pos, tx.now]);
      await tx.manager.query(`UPDATE notification_relay_cursor SET position = $1, updated_at = now() WHERE name = 'audit'`, [
        event.chain_pos,
      ]);
      this.logger.error(
        `skipped audit event ${event.seq} after ${failure.attempts} failed attempts: its notifications are not recorded (${error.message})`,
      );
      return true;
    });
  }

  async relayBatch(limit: number): Promise<number> {
    return this.tx.run(null, async (tx) => {
      const [cursor] = await tx.manager.query(`SELECT position FROM notification_relay_cursor WHERE name = 'audit' FOR UPDATE SKIP LOCKED`);
      if (!cursor) return 0;
      const events: EventRow[] = await tx.manager.query(
        `SELECT seq, chain_pos, at, action, entity_type, entity_id, data FROM audit_event
          WHERE chain_pos > $1 ORDER BY chain_pos LIMIT $2`,
        [cursor.position, limit],
      );
      for (const row of events) {
        const event: ChainedEvent = {
          seq: Number(row.seq),
          at: row.at,
          action: row.action as ChainedEvent['action'],
          entityType: row.entity_type,
          entityId: row.entity_id,
          data: row.data as never,
        };
        for (const rule of rulesFor(event)) {
          const subject = rule.subject(event);
          if (rule.audience === 'saved-search-eligible' && subject.challengeId) {
            subject.eligibleOrganisationIds = await this.eligibility.eligibleOrganisations(tx.manager, subject.challengeId, tx.now);
          }
          await this.recorder.record(tx, {
            eventKey: `audit:${event.seq}:${rule.kind}`,
            kind: rule.kind,
            occurredAt: event.at,
            challengeId: subject.challengeId ?? null,
            audience: rule.audience,
            subject,
            params: rule.params?.(event) ?? {},
          });
        }
      }
      if (events.length) {
        // An event that failed before and is recorded now is no longer a failure.
        if (limit === 1) await tx.manager.query(`DELETE FROM notification_relay_failure WHERE chain_pos = $1`, [events[0].chain_pos]);
        await tx.manager.query(`UPDATE notification_relay_cursor SET position = $1, updated_at = now() WHERE name = 'audit'`, [
          events[events.length - 1].chain_pos,
        ]);
        this.logger.debug(`relayed ${events.length} audit event(s)`);
      }
      return events.length;
    });
  }
}
