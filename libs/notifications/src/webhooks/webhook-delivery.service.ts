import { APP_CONFIG, AppConfig, isUuid, TransactionRunner } from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { postWebhook, WebhookAnswer } from './webhook-http';
import { afterFailure, isDelivered } from './webhook-retry-rules';
import { signWebhookBody } from './webhook-signature';
import { WEBHOOKS_CONFIG, WebhooksConfig } from './webhooks.config';

interface ClaimedDelivery {
  id: string;
  webhook_id: string;
  kind: string;
  body: string;
  url: string;
  secret: string;
  usable: boolean;
}

export type AttemptOutcome = 'skipped' | 'delivered' | 'retry' | 'gave-up';

/**
 * Sends one attempt of one delivery (docs/webhooks.md). Exactly one sender per attempt: the claim
 * is a conditional UPDATE (attempts = attempt - 1, or a lapsed lease of this same attempt after a
 * crash), so a duplicated or replayed job finds nothing to claim. The HTTP request runs outside any
 * transaction; its outcome is recorded under the webhook's row lock, which keeps the failure count
 * exact when several deliveries of one webhook finish together.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {}

  async attempt(deliveryId: string, attempt: number): Promise<AttemptOutcome> {
    if (!isUuid(deliveryId) || !Number.isSafeInteger(attempt) || attempt < 1) return 'skipped';
    const claimed = await this.claim(deliveryId, attempt);
    if (!claimed) return 'skipped';
    if (!claimed.usable) {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET status = 'GAVE_UP', attempts = $2 - 1, lease_until = NULL, next_attempt_at = NULL,
                last_error = 'webhook disabled or deleted' WHERE id = $1 AND attempts = $2`,
        [deliveryId, attempt],
      );
      return 'gave-up';
    }
    const answer = await this.send(claimed);
    return this.record(claimed, attempt, answer);
  }

  private async claim(deliveryId: string, attempt: number): Promise<ClaimedDelivery | null> {
    // The lease outlives the request's timeout, so only a crashed sender's attempt is taken over.
    const leaseMs = this.config.timeoutMs + 30_000;
    const [rows] = await this.dataSource.query(
      `UPDATE webhook_delivery d
          SET attempts = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000), last_attempt_at = now()
         FROM webhook w
        WHERE d.id = $1 AND w.id = d.webhook_id AND d.status IN ('PENDING', 'FAILED')
          AND (d.attempts = $2 - 1 OR (d.attempts = $2 AND d.lease_until < now()))
      RETURNING d.id, d.webhook_id, d.kind, d.body, w.url, w.secret, (w.enabled AND w.deleted_at IS NULL) AS usable`,
      [deliveryId, attempt, leaseMs],
    );
    return (rows as ClaimedDelivery[])[0] ?? null;
  }

  private send(delivery: ClaimedDelivery): Promise<WebhookAnswer> {
    // A protocol timestamp for the receiver's replay window, compared with its own clock: not business time.
    const signature = signWebhookBody(delivery.secret, delivery.body, Math.floor(Date.now() / 1000));
    return postWebhook({
      url: delivery.url,
      body: delivery.body,
      headers: {
        'user-agent': 'Sprintgate-Webhooks/1',
        'x-sprintgate-signature': signature,
        'x-sprintgate-event': delivery.kind,
        'x-sprintgate-delivery': delivery.id,
      },
      timeoutMs: this.config.timeoutMs,
      refuseInternal: this.appConfig.nodeEnv === 'production',
    });
  }

  private async record(delivery: ClaimedDelivery, attempt: number, answer: WebhookAnswer): Promise<AttemptOutcome> {
    const delivered = isDelivered(answer.statusCode);
    const lastError = delivered ? null : (answer.error ?? `HTTP ${answer.statusCode}`).slice(0, 500);
    return this.transactions.run(null, async (tx) => {
      const [webhook] = await tx.manager.query(
        `SELECT id, organisation_id, enabled, deleted_at, consecutive_failures FROM webhook WHERE id = $1 FOR UPDATE`,
        [delivery.webhook_id],
      );
      const [, still] = await tx.manager.query(
        `UPDATE webhook_delivery SET lease_until = NULL, last_status_code = $3, last_error = $4
          WHERE id = $1 AND attempts = $2 AND status IN ('PENDING', 'FAILED')`,
        [delivery.id, attempt, answer.statusCode, lastError],
      );
      if (!still) return 'skipped'; // another sender took this attempt over after our lease lapsed
      if (delivered) {
        await tx.manager.query(
          `UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = $2, next_attempt_at = NULL WHERE id = $1`,
          [delivery.id, tx.now],
        );
        await tx.manager.query(`UPDATE webhook SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`, [webhook.id]);
        return 'delivered';
      }
      const usable = webhook.enabled && !webhook.deleted_at;
      const failures = usable ? webhook.consecutive_failures + 1 : webhook.consecutive_failures;
      if (usable) await tx.manager.query(`UPDATE webhook SET consecutive_failures = $2 WHERE id = $1`, [webhook.id, failures]);
      const outcome = usable ? afterFailure(this.config, attempt, failures) : ({ kind: 'give-up', disableWebhook: false } as const);
      if (outcome.disableWebhook) {
        await tx.manager.query(`UPDATE webhook SET enabled = false, disabled_at = $2 WHERE id = $1`, [webhook.id, tx.now]);
        tx.audit({
          action: 'webhook.disabled',
          entityType: 'Webhook',
          entityId: webhook.id,
          data: { organisationId: webhook.organisation_id, consecutiveFailures: failures, lastError },
        });
        this.logger.warn(`webhook ${webhook.id} disabled after ${failures} failed attempts in a row`);
      }
      if (outcome.kind === 'retry') {
        const runAt = new Date(tx.now.getTime() + outcome.delayMs);
        await tx.manager.query(`UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = $2 WHERE id = $1`, [delivery.id, runAt]);
        tx.emit('webhooks.deliver', { deliveryId: delivery.id, attempt: attempt + 1 }, runAt);
        return 'retry';
      }
      await tx.manager.query(`UPDATE webhook_delivery SET status = 'GAVE_UP', next_attempt_at = NULL WHERE id = $1`, [delivery.id]);
      return 'gave-up';
    });
  }
}
