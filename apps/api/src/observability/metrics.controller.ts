import { APP_CONFIG, AppConfig, mayReadMetrics, MetricsRegistry, Public } from '@app/core';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';

/** Prometheus scrape endpoint: METRICS_TOKEN as a bearer token, or a loopback client when none is set. */
@Controller()
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  @Public()
  @Get('metrics')
  async scrape(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    if (!mayReadMetrics(this.config.ops.metricsToken, request.headers.authorization, request.socket.remoteAddress)) {
      return reply.status(401).send({ status: 'unauthorized' });
    }
    return reply.type(this.metrics.contentType).send(await this.metrics.text());
  }
}
