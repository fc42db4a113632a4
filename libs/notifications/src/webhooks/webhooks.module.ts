import { Module } from '@nestjs/common';

import { WebhookSink } from './webhook.sink';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { loadWebhooksConfig, WEBHOOKS_CONFIG } from './webhooks.config';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks for the API and the worker: the sink the notification fan-out calls (register it under
 * NOTIFICATION_SINKS) and the delivery service; the worker module lists WebhookDeliverJob itself (one handler per job name).
 */
@Module({
  providers: [{ provide: WEBHOOKS_CONFIG, useFactory: () => loadWebhooksConfig() }, WebhooksService, WebhookSink, WebhookDeliveryService],
  exports: [WEBHOOKS_CONFIG, WebhooksService, WebhookSink, WebhookDeliveryService],
})
export class WebhooksModule {}
