import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { isUuid } from '../../ids';
import { LATENCY_BUCKETS, MetricsRegistry } from '../../observability/metrics-registry';
import { REDIS } from '../../redis/redis.module';
import { QUEUE_NAME, RECURRING_JOBS } from '../job-map';
import { JOB_QUEUE } from '../queue.module';
import { bullConnection } from '../queue-connection';
import { JobRegistry } from './job-registry';

/**
 * Runs jobs by name through the registry. A job that came from the outbox (jobId = outbox id) is
 * marked processed after its handler succeeds; the relay republishes ones that never were.
 * The recurring sweepers' schedulers live in Redis, so a crash or FLUSHALL erases them: they are
 * re-ensured every SCHEDULER_CHECK_MS and whenever the Redis connection comes back.
 * On SIGTERM, close() lets in-flight jobs finish before the process exits.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker?: Worker;
  private schedulerTimer?: NodeJS.Timeout;
  private ensuring: Promise<number> | null = null;
  private stopped = false;
  private readonly jobs;
  private readonly duration;
  private readonly onRedisReady = () => void this.ensureSchedulers().catch((e) => this.logger.warn(`schedulers: ${e.message}`));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly registry: JobRegistry,
    private readonly dataSource: DataSource,
    metrics: MetricsRegistry,
  ) {
    this.jobs = metrics.counter('sprintgate_jobs_total', 'Jobs run by the worker, by name and outcome', ['name', 'outcome']);
    this.duration = metrics.histogram(
      'sprintgate_job_duration_seconds',
      'Job handler duration, by name and outcome',
      ['name', 'outcome'],
      LATENCY_BUCKETS,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedulers();
    this.schedulerTimer = setInterval(this.onRedisReady, this.config.ops.schedulerCheckMs);
    this.redis.on('ready', this.onRedisReady); // every reconnect after a Redis restart
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
    this.worker.on('stalled', () => this.jobs.inc({ name: 'unknown', outcome: 'stalled' }));
    this.worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
  }

  /** Upserts every recurring scheduler missing from Redis; returns how many were (re)created. */
  ensureSchedulers(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.ensuring ??= (async () => {
      const present = new Set((await this.queue.getJobSchedulers(0, -1)).map((s) => s.key));
      const missing = RECURRING_JOBS.filter((r) => !present.has(r.name));
      for (const recurring of missing) {
        await this.queue.upsertJobScheduler(recurring.name, { every: recurring.everyMs }, { name: recurring.name, data: {} });
      }
      if (missing.length && present.size) this.logger.warn(`re-created ${missing.length} recurring job scheduler(s) lost from Redis`);
      return missing.length;
    })().finally(() => (this.ensuring = null));
    return this.ensuring;
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.registry.handler(job.name);
    const started = process.hrtime.bigint();
    let outcome = 'failed';
    try {
      if (!handler) throw new Error(`no handler for job "${job.name}"`);
      const result = await handler(job.data);
      if (job.id && isUuid(job.id)) {
        await this.dataSource.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [job.id]);
      }
      outcome = 'completed';
      return result ?? null;
    } finally {
      const labels = { name: handler ? job.name : 'unknown', outcome };
      this.jobs.inc(labels);
      this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.stopped = true;
    clearInterval(this.schedulerTimer);
    this.redis.off('ready', this.onRedisReady);
    await this.worker?.close(); // waits for jobs in flight
    if (signal) this.logger.log(`${signal}: job processing stopped, in-flight jobs finished`);
  }
}
