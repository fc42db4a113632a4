import { JOB_QUEUE, MetricsRegistry, registerPoolMetrics } from '@app/core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;

interface OutboxStats {
  unpublished: number;
  unprocessed: number;
  given_up: number;
  lag_seconds: number;
}

/**
 * The worker's scrape-time gauges (docs/architecture.md "Operations"): queue depth by state, the
 * outbox (rows waiting, rows the relay gave up on: alert when > 0) and its lag, the age of the
 * oldest row that is due and not yet processed, and the pg pool. Job counters and durations are
 * recorded by JobWorker, the audit-chain result by AuditChainJob.
 */
@Injectable()
export class WorkerMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
  ) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.metrics.registry, prefix: 'sprintgate_worker_' });
    registerPoolMetrics(this.metrics, this.dataSource);
    this.metrics.gauge('sprintgate_queue_jobs', 'Jobs in the queue by state', ['state'], async (gauge) => {
      const counts = await this.queue.getJobCounts(...QUEUE_STATES).catch(() => null);
      if (counts) for (const state of QUEUE_STATES) gauge.set({ state }, counts[state] ?? 0);
    });
    let stats: Promise<OutboxStats | null> | null = null;
    // Both outbox gauges read one query per scrape.
    const outbox = () => (stats ??= this.outboxStats().finally(() => setImmediate(() => (stats = null))));
    this.metrics.gauge(
      'sprintgate_outbox_rows',
      'Outbox rows not yet processed: unpublished, unprocessed, given_up',
      ['state'],
      async (gauge) => {
        const s = await outbox();
        if (s) for (const state of ['unpublished', 'unprocessed', 'given_up'] as const) gauge.set({ state }, s[state]);
      },
    );
    this.metrics.gauge('sprintgate_outbox_lag_seconds', 'Age of the oldest due outbox row not yet processed', [], async (gauge) => {
      const s = await outbox();
      if (s) gauge.set(s.lag_seconds);
    });
  }

  private async outboxStats(): Promise<OutboxStats | null> {
    try {
      const [row] = await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
                count(*) FILTER (WHERE published_at IS NOT NULL AND gave_up_at IS NULL)::int AS unprocessed,
                count(*) FILTER (WHERE gave_up_at IS NOT NULL)::int AS given_up,
                coalesce(extract(epoch FROM now() - min(greatest(created_at, coalesce(run_at, created_at)))
                  FILTER (WHERE gave_up_at IS NULL AND (run_at IS NULL OR run_at <= now()))), 0)::float8 AS lag_seconds
           FROM outbox_event WHERE processed_at IS NULL`,
      );
      return row as OutboxStats;
    } catch {
      return null; // database unreachable: /ready says so; the gauges keep their last values
    }
  }
}
