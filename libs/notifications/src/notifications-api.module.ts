import { Module } from '@nestjs/common';

import { NotificationResolver } from './notification.resolver';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationSettingsService } from './notification-settings.service';

/** The GraphQL side of notifications: the inbox, preferences, saved searches and language. */
@Module({
  providers: [NotificationInboxService, NotificationSettingsService, NotificationResolver],
  exports: [NotificationInboxService, NotificationSettingsService],
})
export class NotificationsApiModule {}
