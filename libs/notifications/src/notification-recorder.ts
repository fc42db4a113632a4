import { APP_CONFIG, AppConfig, Tx } from '@app/core';
import { Inject, Injectable, Optional } from '@nestjs/common';

import type { NotificationKind } from './notification-kinds';
import { notificationLink } from './notification-links';
import { NOTIFICATION_SINKS, NotificationSink } from './notification-sink';
import { type Audience, audienceCondition, type Subject } from './rules/audiences';
import type { MessageParams } from './rules/notification-rules';

/** One decided occurrence: an event (or a due alert) of one kind for one audience. */
export interface Occurrence {
  eventKey: string;
  kind: NotificationKind;
  occurredAt: Date;
  challengeId: string | null;
  audience: Audience;
  subject: Subject;
  params: MessageParams;
}

/**
 * Records an occurrence for its whole audience inside the caller's transaction, set-based: one
 * INSERT … SELECT for the in-app notifications (UNIQUE(event_key, recipient): never twice), one for
 * the email deliveries by each recipient's preference (UNIQUE(event_key, recipient, channel)), the
 * sinks' plans (webhooks), and one outbox job that sends the event's mail after commit.
 */
@Injectable()
export class NotificationRecorder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(NOTIFICATION_SINKS) private readonly sinks: NotificationSink[] | null,
  ) {}

  get emailEnabled(): boolean {
    return this.config.notifications.smtpUrl !== null;
  }

  /** Returns how many recipients were notified. */
  async record(tx: Tx, occurrence: Occurrence): Promise<number> {
    const params: unknown[] = [];
    const condition = audienceCondition(occurrence.audience, occurrence.subject, params);
    const key = params.push(occurrence.eventKey);
    const kind = params.push(occurrence.kind);
    const challenge = params.push(occurrence.challengeId);
    const facts = params.push(JSON.stringify(occurrence.params));
    const link = params.push(notificationLink(occurrence.kind, occurrence.challengeId));
    const inserted: { recipient_organisation_id: string }[] = await tx.manager.query(
      `INSERT INTO notification (event_key, recipient_user_id, recipient_organisation_id, kind, challenge_id, params, link, created_at)
       SELECT $${key}, u.id, u.organisation_id, $${kind}, $${challenge}::uuid,
              jsonb_build_object('challengeTitle', (SELECT title FROM challenge WHERE id = $${challenge}::uuid)) || $${facts}::jsonb,
              $${link}, date_trunc('milliseconds', now())
         FROM app_user u
        WHERE u.disabled_at IS NULL AND ${condition}
       ON CONFLICT (event_key, recipient_user_id) DO NOTHING
       RETURNING recipient_organisation_id`,
      params,
    );
    if (!inserted.length) return 0;
    if (this.emailEnabled) await this.planEmail(tx, occurrence);
    const organisationIds = [...new Set(inserted.map((row) => row.recipient_organisation_id))];
    for (const sink of this.sinks ?? []) {
      await sink.plan(tx.manager, {
        eventKey: occurrence.eventKey,
        kind: occurrence.kind,
        occurredAt: occurrence.occurredAt,
        challengeId: occurrence.challengeId,
        organisationIds,
        data: { ...occurrence.params, challengeId: occurrence.challengeId },
      });
    }
    return inserted.length;
  }

  /** An EMAIL delivery per IMMEDIATE recipient, a DIGEST one per DAILY_DIGEST recipient, nothing for OFF. */
  private async planEmail(tx: Tx, occurrence: Occurrence): Promise<void> {
    const rows: { channel: string }[] = await tx.manager.query(
      `INSERT INTO notification_delivery (event_key, recipient_user_id, channel, notification_id, created_at)
       SELECT n.event_key, n.recipient_user_id,
              CASE COALESCE(p.email, 'IMMEDIATE') WHEN 'DAILY_DIGEST' THEN 'DIGEST' ELSE 'EMAIL' END,
              n.id, n.created_at
         FROM notification n
         LEFT JOIN notification_preference p ON p.user_id = n.recipient_user_id AND p.kind = n.kind
        WHERE n.event_key = $1 AND COALESCE(p.email, 'IMMEDIATE') <> 'OFF'
       ON CONFLICT (event_key, recipient_user_id, channel) DO NOTHING
       RETURNING channel`,
      [occurrence.eventKey],
    );
    if (rows.some((row) => row.channel === 'EMAIL')) tx.emit('notifications.send-email', { eventKey: occurrence.eventKey });
  }
}
