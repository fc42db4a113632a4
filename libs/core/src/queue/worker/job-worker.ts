import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { isUuid } from '../../ids';
import { QUEUE_NAME, RECURRING_JOBS } from '../job-map';
import { JOB_QUEUE } from '../queue.module';
import { bullConnection } from '../queue-connection';
import { JobRegistry } from './job-registry';

/**
 * Runs jobs by name through the registry. A job that came from the outbox (jobId = outbox id) is
 * marked processed after its handler succeeds; the relay republishes ones that never were.
 * On SIGTERM, close() lets in-flight jobs finish before the process exits.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker?: Worker;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
    private readonly registry: JobRegistry,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const recurring of RECURRING_JOBS) {
      await this.queue.upsertJobScheduler(recurring.name, { every: recurring.everyMs }, { name: recurring.name, data: {} });
    }
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(job), {
      connection: bullConnection(this.config.redisUrl),
      prefix: this.config.queuePrefix,
      concurrency: 8,
      lockDuration: this.config.jobLockMs,
      stalledInterval: this.config.jobLockMs,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.registry.handler(job.name);
    if (!handler) throw new Error(`no handler for job "${job.name}"`);
    const result = await handler(job.data);
    if (job.id && isUuid(job.id)) {
      await this.dataSource.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [job.id]);
    }
    return result ?? null;
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.worker?.close(); // waits for jobs in flight
    if (signal) this.logger.log(`${signal}: job processing stopped, in-flight jobs finished`);
  }
}
