import { OutboxWriter } from '@app/core/outbox/outbox.writer';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { NotificationSink, NotifiedEvent } from '../notification-sink';

/** The JSON body a receiver gets (docs/webhooks.md). */
export function webhookBody(event: NotifiedEvent): string {
  const data = event.challengeId && !('challengeId' in event.data) ? { challengeId: event.challengeId, ...event.data } : event.data;
  return JSON.stringify({ id: event.eventKey, kind: event.kind, occurredAt: event.occurredAt.toISOString(), data });
}

/**
 * The webhook channel of the notification fan-out: inside the transaction that records an event's
 * notifications, one delivery row per enabled webhook of each notified organisation subscribed to
 * the event's kind, and the first delivery job through the outbox. UNIQUE(webhook, event key)
 * makes planning the same event twice a no-op, and only rows actually inserted get a job.
 */
@Injectable()
export class WebhookSink implements NotificationSink {
  constructor(private readonly outbox: OutboxWriter) {}

  async plan(manager: EntityManager, event: NotifiedEvent): Promise<void> {
    if (!event.organisationIds.length) return;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO webhook_delivery (webhook_id, event_key, kind, body, next_attempt_at)
       SELECT w.id, $1, $2, $3, now()
         FROM webhook w
        WHERE w.organisation_id = ANY($4::uuid[]) AND w.enabled AND w.deleted_at IS NULL AND $2 = ANY(w.events)
       ON CONFLICT (webhook_id, event_key) DO NOTHING
       RETURNING id`,
      [event.eventKey, event.kind, webhookBody(event), [...new Set(event.organisationIds)]],
    );
    await this.outbox.write(
      manager,
      inserted.map(({ id }) => ({ name: 'webhooks.deliver' as const, payload: { deliveryId: id, attempt: 1 } })),
    );
  }
}
