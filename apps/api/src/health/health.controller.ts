import { APP_CONFIG, AppConfig, Public, REDIS } from '@app/core';
import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { DrainState } from '../lifecycle/drain-state';

/**
 * /health: the process is up, and which one (`instance`, so a script that started an API can tell
 * it is talking to that one and not to another process on the port). /ready: it can reach
 * PostgreSQL and Redis and is not draining after a SIGTERM (for load balancers).
 */
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly drain: DrainState,
  ) {}

  @Public()
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok', instance: this.config.instanceId };
  }

  @Public()
  @Get('ready')
  async ready(@Res() reply: FastifyReply) {
    if (this.drain.draining) return reply.status(503).send({ status: 'draining' });
    const timeout = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    const [postgres, redis] = await Promise.all([
      timeout(this.dataSource.query('SELECT 1')).then(
        () => 'up',
        () => 'down',
      ),
      timeout(this.redis.ping()).then(
        () => 'up',
        () => 'down',
      ),
    ]);
    const ready = postgres === 'up' && redis === 'up';
    void reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', postgres, redis });
  }
}
