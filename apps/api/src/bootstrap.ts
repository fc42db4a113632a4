import { APP_CONFIG, AppConfig, JsonLogger, loadConfig, MetricsRegistry, REDIS } from '@app/core';
import { REQUEST_LIMIT_CODE } from '@app/core/api';
import { registerDocumentUploads } from '@app/documents/api';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import Redis from 'ioredis';

import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { releaseGraphqlContextsAfterResponse } from './http/graphql-context-release';
import { guardGraphqlEdge } from './http/graphql-edge';
import { registerSecurityHeaders } from './http/security-headers';
import { ApiMetrics } from './observability/api-metrics';
import { installApiMetrics } from './observability/install-metrics';
import { syncedRateLimitStore } from './rate-limit/synced-rate-limit-store';
import { mountWebConsole } from './web-console/web-console';

/**
 * Builds the API application (used by main.ts and by the e2e tests, so both run the same stack):
 * Fastify with a body limit, request ids, JSON logs, a generous per-client rate limit and metrics.
 * Signals are main.ts's business (graceful drain); tests close the app themselves.
 */
export async function createApiApp(options: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel, 'sprintgate-api');
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy, // TRUST_PROXY: off by default, so X-Forwarded-For cannot pick the client IP
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    loggerInstance: options.logger === false ? undefined : logger.pino,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: options.logger === false ? false : logger,
    bufferLogs: false,
  });
  const appConfig = app.get<AppConfig>(APP_CONFIG);
  await app.register(rateLimit, {
    max: appConfig.requestsPerMinute,
    timeWindow: 60_000,
    // counted locally, shared through Redis every 100 ms: no Redis round trip per request
    store: syncedRateLimitStore(app.get<Redis>(REDIS), `${appConfig.queuePrefix}:rl:`),
    skipOnError: true,
    allowList: (request) => request.url === '/health' || request.url === '/ready' || request.url === '/metrics',
    onExceeded: () => ApiMetrics.of(app.get(MetricsRegistry)).rateLimited.inc({ limit: 'request' }),
    // An Error with a code, so /graphql (whose errors go through the GraphQL error formatter)
    // answers 429 RATE_LIMITED like every other route, not a 200 INTERNAL_SERVER_ERROR.
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests: at most ${context.max} a minute; retry in ${context.after}`), {
        statusCode: 429,
        code: REQUEST_LIMIT_CODE,
      }),
  });
  await registerSecurityHeaders(app.getHttpAdapter().getInstance(), appConfig);
  guardGraphqlEdge(app.getHttpAdapter().getInstance());
  releaseGraphqlContextsAfterResponse(app.getHttpAdapter().getInstance());
  await registerDocumentUploads(app);
  installApiMetrics(app);
  await mountQueueBoard(app);
  await mountWebConsole(app);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      void reply.header('x-request-id', request.id);
      done(null, payload);
    });
  return app;
}
