import { WebhookEntity } from '../entities/webhook.entity';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookDeliveryModel, WebhookModel } from './webhook.models';

export const toWebhookModel = (w: WebhookEntity): WebhookModel => ({
  id: w.id,
  url: w.url,
  events: w.events,
  enabled: w.enabled && !w.deletedAt,
  failureCount: w.consecutiveFailures,
  createdAt: w.createdAt,
  disabledAt: w.disabledAt,
});

export const toWebhookDeliveryModel = (d: WebhookDeliveryEntity): WebhookDeliveryModel => ({
  id: d.id,
  kind: d.kind,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: d.createdAt,
  deliveredAt: d.deliveredAt,
  nextAttemptAt: d.status === 'FAILED' ? d.nextAttemptAt : null,
});
