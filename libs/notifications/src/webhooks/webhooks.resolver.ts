import { Actor, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { RegisterWebhookArgs, WebhookDeliveriesArgs } from './dto/webhook.args';
import { toWebhookDeliveryModel, toWebhookModel } from './models/webhook.mapper';
import { WebhookDeliveryModel, WebhookModel, WebhookRegistrationModel } from './models/webhook.models';
import { WebhooksService } from './webhooks.service';

/** The caller's organisation's webhooks and their deliveries. */
@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Roles('VENDOR', 'OFFICER', 'ADMIN')
  @Query(() => [WebhookModel], { description: "Your organisation's webhooks (deleted ones are not listed)." })
  async webhooks(@CurrentActor() actor: Actor): Promise<WebhookModel[]> {
    return (await this.service.list(actor)).map(toWebhookModel);
  }

  @Roles('VENDOR', 'OFFICER', 'ADMIN')
  @Query(() => [WebhookDeliveryModel], { description: 'Deliveries of one of your webhooks, newest first.' })
  async webhookDeliveries(@CurrentActor() actor: Actor, @Args() args: WebhookDeliveriesArgs): Promise<WebhookDeliveryModel[]> {
    return (await this.service.deliveries(actor, args.webhookId, args.first)).map(toWebhookDeliveryModel);
  }

  @Roles('VENDOR', 'OFFICER', 'ADMIN')
  @Mutation(() => WebhookRegistrationModel, {
    description: 'Registers a webhook; the answer is the only time its signing secret is shown.',
  })
  async registerWebhook(@CurrentActor() actor: Actor, @Args() args: RegisterWebhookArgs): Promise<WebhookRegistrationModel> {
    const { webhook, secret } = await this.service.register(actor, args.url, args.events);
    return { webhook: toWebhookModel(webhook), secret };
  }

  @Roles('VENDOR', 'OFFICER', 'ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes one of your webhooks; its pending deliveries are given up.' })
  async deleteWebhook(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(actor, id);
  }
}
