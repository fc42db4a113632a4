import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { NotificationKindEnum } from '../../models/notification.models';
import { NOTIFICATION_KINDS, NotificationKind } from '../../notification-kinds';
import { MAX_WEBHOOK_URL_LENGTH } from '../webhook-url-rules';

@ArgsType()
export class RegisterWebhookArgs {
  @Field({ description: 'https URL (plain http to localhost only outside production); never a private address in production.' })
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [NotificationKindEnum])
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @IsIn(NOTIFICATION_KINDS as unknown as string[], { each: true })
  events: NotificationKind[];
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID)
  @IsString()
  webhookId: string;

  @Field(() => Int, { nullable: true, description: 'Newest first; 20 by default, at most 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
