import { Module } from '@nestjs/common';

import { EmailDeliveryService } from './email/email-delivery.service';
import { MailTransport } from './email/mail-transport';
import { NotificationJobs } from './jobs/notification.jobs';
import { NotificationRecorder } from './notification-recorder';
import { NotificationRelayService } from './notification-relay.service';
import { NOTIFICATION_SINKS, type NotificationSink } from './notification-sink';
import { NotificationSweepService } from './notification-sweep.service';
import { SavedSearchEligibility } from './saved-search-eligibility';
import { WebhookSink } from './webhooks/webhook.sink';
import { WebhooksModule } from './webhooks/webhooks.module';

/**
 * The worker side of notifications: the relay over the audit chain, the sweep, and mail.
 * NOTIFICATION_SINKS lists the other channels planned with each event (webhooks plug in here).
 */
@Module({
  imports: [WebhooksModule],
  providers: [
    { provide: NOTIFICATION_SINKS, inject: [WebhookSink], useFactory: (webhooks: WebhookSink): NotificationSink[] => [webhooks] },
    NotificationRecorder,
    SavedSearchEligibility,
    NotificationRelayService,
    NotificationSweepService,
    MailTransport,
    EmailDeliveryService,
    NotificationJobs,
  ],
  exports: [NOTIFICATION_SINKS, NotificationRelayService, NotificationSweepService, EmailDeliveryService],
})
export class NotificationsModule {}
