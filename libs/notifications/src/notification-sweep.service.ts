import { APP_CONFIG, AppConfig, TransactionRunner } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';

import { NotificationRecorder } from './notification-recorder';
import { TIMED_RULES } from './rules/notification-rules';

/**
 * The time-based alerts (deadline in 48 h, reminder after 24 h, scoring deadline, attestation
 * expiring, standstill over, evaluation blocked) and the daily digest, derived from table state by
 * the database clock. Each alert's key goes into notification_fired in the transaction that records
 * its notifications, so an alert fires once however often the sweep runs or crashes.
 */
@Injectable()
export class NotificationSweepService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  /** Fires every due alert; returns how many fired. */
  async fireDueAlerts(): Promise<number> {
    let fired = 0;
    for (const rule of TIMED_RULES) {
      fired += await this.tx.run(null, async (tx) => {
        const due: { key: string; challenge_id: string | null; subject_id: string | null }[] = await tx.manager.query(
          `WITH due AS (${rule.due})
           INSERT INTO notification_fired (event_key, fired_at)
           SELECT key, date_trunc('milliseconds', now()) FROM due ON CONFLICT (event_key) DO NOTHING
           RETURNING event_key AS key,
                     (SELECT challenge_id FROM due WHERE due.key = notification_fired.event_key) AS challenge_id,
                     (SELECT subject_id FROM due WHERE due.key = notification_fired.event_key) AS subject_id`,
        );
        for (const row of due) {
          const subject = rule.subject(row);
          await this.recorder.record(tx, {
            eventKey: row.key,
            kind: rule.kind,
            occurredAt: tx.now,
            challengeId: subject.challengeId ?? null,
            audience: rule.audience,
            subject,
            params: {},
          });
        }
        return due.length;
      });
    }
    return fired;
  }

  /**
   * From DIGEST_HOUR_UTC each day, one digest mail per user with notifications waiting for it
   * (event key `digest:<date>`, so at most one a day): gathers the waiting rows and queues the mail.
   */
  async queueDigests(): Promise<number> {
    if (!this.recorder.emailEnabled) return 0;
    return this.tx.run(null, async (tx) => {
      const [{ key, due }] = await tx.manager.query(
        `SELECT 'digest:' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS key,
                extract(hour FROM now() AT TIME ZONE 'UTC') >= $1 AS due`,
        [this.config.notifications.digestHourUtc],
      );
      if (!due) return 0;
      const users: { recipient_user_id: string }[] = await tx.manager.query(
        `INSERT INTO notification_delivery (event_key, recipient_user_id, channel, created_at)
         SELECT DISTINCT $1, recipient_user_id, 'EMAIL', date_trunc('milliseconds', now()) FROM notification_delivery
          WHERE channel = 'DIGEST' AND digest_key IS NULL
         ON CONFLICT (event_key, recipient_user_id, channel) DO NOTHING
         RETURNING recipient_user_id`,
        [key],
      );
      if (!users.length) return 0;
      await tx.manager.query(
        `UPDATE notification_delivery SET digest_key = $1
          WHERE channel = 'DIGEST' AND digest_key IS NULL AND recipient_user_id = ANY($2::uuid[])`,
        [key, users.map((u) => u.recipient_user_id)],
      );
      tx.emit('notifications.send-email', { eventKey: key });
      return users.length;
    });
  }

  /**
   * Mail whose job was lost for good (its outbox row given up after an SMTP outage longer than every
   * retry): queued again, so an outage delays mail and never loses it.
   */
  async requeueStrandedMail(): Promise<number> {
    if (!this.recorder.emailEnabled) return 0;
    return this.tx.run(null, async (tx) => {
      const keys: { event_key: string }[] = await tx.manager.query(
        `SELECT DISTINCT d.event_key FROM notification_delivery d
          WHERE d.channel = 'EMAIL' AND d.sent_at IS NULL AND d.created_at < now() - interval '2 minutes'
            AND NOT EXISTS (SELECT 1 FROM outbox_event o WHERE o.job_name = 'notifications.send-email'
                  AND o.payload->>'eventKey' = d.event_key AND o.processed_at IS NULL AND o.gave_up_at IS NULL)
          LIMIT 500`,
      );
      for (const { event_key } of keys) tx.emit('notifications.send-email', { eventKey: event_key });
      return keys.length;
    });
  }
}
