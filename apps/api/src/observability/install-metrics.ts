import { MetricsRegistry, registerPoolMetrics } from '@app/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

import { ApiMetrics } from './api-metrics';

/**
 * Records every response's latency (and, on /graphql, its operation's) from Fastify's own timer.
 * A callback hook, like the other hooks on every request: an async one costs a promise per call.
 */
export function installApiMetrics(app: NestFastifyApplication): void {
  const registry = app.get(MetricsRegistry);
  collectDefaultMetrics({ register: registry.registry, prefix: 'sprintgate_api_' });
  registerPoolMetrics(registry, app.get(DataSource));
  const metrics = ApiMetrics.of(registry);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const seconds = reply.elapsedTime / 1000;
      metrics.http.observe({ method: request.method, route, status: String(reply.statusCode) }, seconds);
      if (route === '/graphql') metrics.graphql.observe({ operation: metrics.operationLabel(request.body ?? request.query) }, seconds);
      done();
    });
}
