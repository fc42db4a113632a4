import { Public, REDIS } from '@app/core';
import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { DrainState } from '../lifecycle/drain-state';

/**
 * /health: the process is up. /ready: it can reach PostgreSQL and Redis and is not draining after
 * a SIGTERM (for load balancers).
 */
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly drain: DrainState,
  ) {}

  @Public()
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
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
