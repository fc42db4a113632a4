import { Global, Module } from '@nestjs/common';

import { AuditModule } from './audit/audit.module';
import { ActorResolver } from './auth/actor-resolver';
import { TokenService } from './auth/token.service';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { MetricsRegistry } from './observability/metrics-registry';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';

/** Configuration, database, Redis, the job queue, audit and tokens: what every app needs. */
@Global()
@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuditModule],
  providers: [TokenService, ActorResolver, MetricsRegistry],
  exports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuditModule, TokenService, ActorResolver, MetricsRegistry],
})
export class CoreModule {}
