import { Module } from '@nestjs/common';

import { WebhooksModule } from './webhooks.module';
import { WebhooksResolver } from './webhooks.resolver';

/** The GraphQL side of webhooks. */
@Module({
  imports: [WebhooksModule],
  providers: [WebhooksResolver],
  exports: [WebhooksModule],
})
export class WebhooksApiModule {}
