import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { NotificationKindEnum } from '../../models/notification.models';
import { NotificationKind } from '../../notification-kinds';
import { WEBHOOK_DELIVERY_STATUSES, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';

export const WebhookDeliveryStatusEnum = Object.fromEntries(WEBHOOK_DELIVERY_STATUSES.map((s) => [s, s])) as {
  [S in WebhookDeliveryStatus]: S;
};
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not sent yet; FAILED: last attempt failed, another is scheduled; GAVE_UP: no more attempts.',
});

@ObjectType('Webhook', { description: 'An endpoint of your organisation that receives the events it subscribed to (docs/webhooks.md).' })
export class WebhookModel {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [NotificationKindEnum]) events: NotificationKind[];
  @Field({ description: 'False once disabled after repeated failures (or deleted).' }) enabled: boolean;
  @Field(() => Int, { description: 'Failed attempts in a row; a success resets it.' }) failureCount: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
}

@ObjectType('WebhookRegistration')
export class WebhookRegistrationModel {
  @Field(() => WebhookModel) webhook: WebhookModel;
  @Field({ description: 'The signing secret, shown only in this answer: store it now.' }) secret: string;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Also sent as the X-Sprintgate-Delivery header.' }) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => WebhookDeliveryStatusEnum) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (status FAILED).' }) nextAttemptAt: Date | null;
}
