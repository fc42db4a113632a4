import { HandlesJob, type JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { EmailDeliveryService } from '../email/email-delivery.service';
import { NotificationRelayService } from '../notification-relay.service';
import { NotificationSweepService } from '../notification-sweep.service';

/** Worker handlers of notifications; the rules live in the services and the rule table. */
@Injectable()
export class NotificationJobs {
  constructor(
    private readonly relay: NotificationRelayService,
    private readonly sweep: NotificationSweepService,
    private readonly email: EmailDeliveryService,
  ) {}

  @HandlesJob('notifications.relay')
  async relayEvents() {
    return { events: await this.relay.drain() };
  }

  @HandlesJob('notifications.sweep')
  async sweepAlerts() {
    return {
      fired: await this.sweep.fireDueAlerts(),
      digests: await this.sweep.queueDigests(),
      requeued: await this.sweep.requeueStrandedMail(),
    };
  }

  @HandlesJob('notifications.send-email')
  async sendEmail(payload: JobPayload<'notifications.send-email'>) {
    return this.email.sendEvent(payload.eventKey);
  }
}
