import { JsonLogger, loadConfig } from '@app/core';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { WorkerHttpServer } from './observability/worker-http.server';
import { WorkerModule } from './worker.module';

/** The worker as a Nest application context (used by main.ts and by the e2e tests). */
export async function createWorker(options: { logger?: boolean } = {}): Promise<INestApplicationContext> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: options.logger === false ? false : new JsonLogger(config.logLevel, 'sprintgate-worker'),
  });
  app.enableShutdownHooks();
  app.get(WorkerHttpServer).markStarted();
  return app;
}
