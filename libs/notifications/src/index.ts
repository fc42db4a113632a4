export * from './email/email-delivery.service';
export * from './jobs/notification.jobs';
export * from './notification-kinds';
export * from './notification-relay.service';
export * from './notification-sink';
export * from './notification-sweep.service';
export * from './notifications.module';
export * from './notifications-api.module';
