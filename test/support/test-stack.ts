import { JOB_QUEUE } from '@app/core';
import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';

import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { graphqlClient } from './graphql-client';
import { createSuiteDatabase, dropDatabase, suiteDbPrefix } from './test-database';

export const TEST_ADMIN = { email: 'admin@e2e.test', password: 'admin-e2e-password' };

export interface TestStack {
  app: NestFastifyApplication;
  worker?: INestApplicationContext;
  db: DataSource;
  queue: Queue;
  gql: ReturnType<typeof graphqlClient>;
  databaseName: string;
  queuePrefix: string;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API (and optionally the worker) on this suite's own database, cloned from the migrated
 * template, and its own queue prefix, so suites never see each other's rows or jobs.
 */
export async function startTestStack(
  options: { worker?: boolean; env?: Record<string, string>; rewriteDatabaseUrl?: (url: string) => string } = {},
): Promise<TestStack> {
  const suiteId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseName = `${suiteDbPrefix()}${suiteId}`;
  const queuePrefix = `sgtest-${suiteId}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    // A suite may route the app's connections through something it controls (e.g. a proxy it cuts).
    DATABASE_URL: (options.rewriteDatabaseUrl ?? ((url: string) => url))(await createSuiteDatabase(databaseName)),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: 'e2e-secret-0123456789abcdef0123456789',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    MIN_SUBMISSION_WINDOW_SECONDS: '2',
    LOG_LEVEL: 'silent',
    // Suites sign up many vendors from 127.0.0.1; the throttle's own suite sets a low limit.
    REGISTRATIONS_PER_IP_PER_HOUR: '100000',
    ...options.env,
  });
  const app = await createApiApp({ logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const stack: TestStack = {
    app,
    db: app.get(DataSource),
    queue: app.get<Queue>(JOB_QUEUE),
    gql: graphqlClient(app),
    databaseName,
    queuePrefix,
    async startWorker() {
      stack.worker = await createWorker({ logger: false });
      return stack.worker;
    },
    async stopWorker() {
      await stack.worker?.close();
      stack.worker = undefined;
    },
    async close() {
      await stack.stopWorker();
      await stack.queue.obliterate({ force: true }).catch(() => undefined);
      await app.close();
      await dropDatabase(databaseName);
    },
  };
  if (options.worker) await stack.startWorker();
  return stack;
}
