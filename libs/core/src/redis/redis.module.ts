import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const REDIS = Symbol('REDIS');

/** One shared ioredis client for throttling and readiness (BullMQ opens its own connections). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
        // ioredis reconnects by itself; the listener keeps a Redis outage a logged event, not a crash.
        const logger = new Logger('Redis');
        redis.on('error', (error) => logger.warn(`redis: ${error.message}`));
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
