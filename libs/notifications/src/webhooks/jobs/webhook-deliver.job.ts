import { HandlesJob, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { WebhookDeliveryService } from '../webhook-delivery.service';

/** Worker handler of one webhook delivery attempt; the rules live in WebhookDeliveryService. */
@Injectable()
export class WebhookDeliverJob {
  constructor(private readonly deliveries: WebhookDeliveryService) {}

  @HandlesJob('webhooks.deliver')
  async deliver(payload: JobPayload<'webhooks.deliver'>) {
    return { outcome: await this.deliveries.attempt(payload.deliveryId, payload.attempt) };
  }
}
