import { registerEnumType } from '@nestjs/graphql';

import { NOTIFICATION_KINDS, NotificationKind } from '../../notification-kinds';

/**
 * The GraphQL NotificationKind enum. The notifications core registers the same enum for its own
 * types: when both are merged, one registration must remain (the webhook models then import it).
 */
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kind])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
