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
 */
@Injectable()
export class NotificationRelayService {
  static readonly BATCH = 200;
  private readonly logger = new Logger('NotificationRelay');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly eligibility: SavedSearchEligibility,
  ) {}

  /** Relays until caught up; returns the number of events read. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const read = await this.relayBatch();
      total += read;
      if (read < NotificationRelayService.BATCH) return total;
    }
  }

  async relayBatch(): Promise<number> {
    return this.tx.run(null, async (tx) => {
      const [cursor] = await tx.manager.query(`SELECT position FROM notification_relay_cursor WHERE name = 'audit' FOR UPDATE SKIP LOCKED`);
      if (!cursor) return 0;
      const events: EventRow[] = await tx.manager.query(
        `SELECT seq, chain_pos, at, action, entity_type, entity_id, data FROM audit_event
          WHERE chain_pos > $1 ORDER BY chain_pos LIMIT $2`,
        [cursor.position, NotificationRelayService.BATCH],
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
        await tx.manager.query(`UPDATE notification_relay_cursor SET position = $1, updated_at = now() WHERE name = 'audit'`, [
          events[events.length - 1].chain_pos,
        ]);
        this.logger.debug(`relayed ${events.length} audit event(s)`);
      }
      return events.length;
    });
  }
}
