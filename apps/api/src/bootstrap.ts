import { APP_CONFIG, AppConfig, JsonLogger, loadConfig, REDIS } from '@app/core';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import Redis from 'ioredis';

import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { mountWebConsole } from './web-console/web-console';

/**
 * Builds the API application (used by main.ts and by the e2e tests, so both run the same stack):
 * Fastify with a body limit, request ids, JSON logs, a generous per-client rate limit, shutdown hooks.
 */
export async function createApiApp(options: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel, 'sprintgate-api');
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
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
    redis: app.get<Redis>(REDIS),
    nameSpace: `${appConfig.queuePrefix}:rl:`,
    skipOnError: true,
    allowList: (request) => request.url === '/health' || request.url === '/ready',
  });
  await mountQueueBoard(app);
  await mountWebConsole(app);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      void reply.header('x-request-id', request.id);
    });
  app.enableShutdownHooks();
  return app;
}
