import { PageInfoModel } from '@app/solicitations/api';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { EMAIL_DELIVERIES, type EmailDeliveryName } from '../entities/notification-preference.entity';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
export const EmailDeliveryEnum = Object.fromEntries(EMAIL_DELIVERIES.map((k) => [k, k])) as { [K in EmailDeliveryName]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(EmailDeliveryEnum, {
  name: 'EmailDelivery',
  description: 'In-app notifications are always on; this is the email channel.',
});

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field({ description: "In the recipient's language." }) title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Console path, e.g. /challenges/<id>.' }) link: string | null;
  @Field(() => ID, { nullable: true }) challengeId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType('NotificationEdge')
export class NotificationEdgeModel {
  @Field() cursor: string;
  @Field(() => NotificationModel) node: NotificationModel;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel {
  @Field(() => [NotificationEdgeModel]) edges: NotificationEdgeModel[];
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  @Field(() => Int) totalCount: number;
  @Field(() => Int) unreadCount: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => EmailDeliveryEnum) email: EmailDeliveryName;
}

@ObjectType('SavedSearch')
export class SavedSearchModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLJSON) filter: Record<string, unknown>;
  @Field(() => Date) createdAt: Date;
}
