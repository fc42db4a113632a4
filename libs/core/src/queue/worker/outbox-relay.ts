import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { MetricsRegistry } from '../../observability/metrics-registry';
import { JOB_QUEUE } from '../queue.module';

interface OutboxRow {
  id: string;
  job_name: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

interface PendingRow extends OutboxRow {
  redeliveries: number;
  cursor_at: string;
}

export interface RecoveryOutcome {
  /** Rows whose job had vanished from Redis (a flush, a lost instance): published again. */
  republished: number;
  /** Rows whose job ended failed (retries used up, or stalled too often): re-sent. */
  redelivered: number;
  /** Rows whose job failed OUTBOX_MAX_REDELIVERIES re-sends: left failed on the queue board, alerted. */
  gaveUp: number;
}

/**
 * Moves committed outbox rows to BullMQ (jobId = outbox id, so a second publish is a no-op), woken
 * by NOTIFY and by a poll as a fallback. Rows published but never processed are checked against
 * Redis, through the whole backlog: a job that vanished (a flush, a lost instance) is published
 * again, one that ended failed (stalled twice, retries used up) is re-sent up to
 * OUTBOX_MAX_REDELIVERIES times, then the row is marked given up, which /metrics reports as an
 * alert (docs/architecture.md). PostgreSQL is the source of truth.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly BATCH = 200;
  /** Rows checked against Redis per round trip while paging through the unprocessed backlog. */
  static readonly RECOVERY_PAGE = 500;
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private recovering: Promise<RecoveryOutcome> | null = null;
  private readonly recovered;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    metrics: MetricsRegistry,
  ) {
    this.recovered = metrics.counter(
      'sprintgate_outbox_recovered_total',
      'Outbox rows the relay published again, by reason (vanished, failed, gave_up)',
      ['reason'],
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen(true);
    this.timers.push(setInterval(() => void this.kick(), 1000));
    this.timers.push(
      setInterval(() => void this.recoverLost().catch((e) => this.logger.warn(`recover: ${e.message}`)), this.config.ops.outboxRecoverMs),
    );
    await this.recoverLost();
    await this.kick();
  }

  /**
   * NOTIFY wakes the relay at once; if the connection drops (a PostgreSQL restart) it is opened
   * again after a pause, and the 1 s poll keeps jobs flowing meanwhile.
   */
  private async listen(initial = false): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    const reconnect = (error?: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.logger.warn(`outbox listener lost${error ? `: ${error.message}` : ''}; reconnecting`);
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2000);
    };
    this.listener = client;
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    client.on('notification', () => void this.kick());
    try {
      await client.connect();
      await client.query('LISTEN outbox');
    } catch (error) {
      if (initial) throw error; // at start, a database we cannot reach is a failed start
      reconnect(error as Error);
    }
  }

  /** Publishes everything pending; concurrent kicks coalesce into one more pass. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.publishBatch()) === OutboxRelay.BATCH && !this.stopped);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.logger.warn(`publish failed, will retry: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, job_name, payload,
                GREATEST(0, floor(extract(epoch FROM (run_at - now())) * 1000))::bigint AS delay_ms
           FROM outbox_event WHERE published_at IS NULL
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [OutboxRelay.BATCH],
      );
      if (!rows.length) return 0;
      await this.publish(rows);
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private publish(rows: OutboxRow[]) {
    return this.queue.addBulk(
      rows.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.id, delay: Number(row.delay_ms ?? 0) } })),
    );
  }

  /** One recovery pass over every published, unprocessed row; concurrent calls share one pass. */
  recoverLost(): Promise<RecoveryOutcome> {
    this.recovering ??= this.recoverAll().finally(() => (this.recovering = null));
    return this.recovering;
  }

  private async recoverAll(): Promise<RecoveryOutcome> {
    const outcome: RecoveryOutcome = { republished: 0, redelivered: 0, gaveUp: 0 };
    // Keyset pages on (published_at, id), the cursor kept as text so microseconds are not rounded
    // away: no cap, however long the backlog (a FLUSHALL with thousands of rows waiting).
    let cursor: [string, string] | null = null;
    while (!this.stopped) {
      const rows: PendingRow[] = await this.dataSource.query(
        `SELECT id, job_name, payload, redeliveries, published_at::text AS cursor_at,
                GREATEST(0, floor(extract(epoch FROM (run_at - now())) * 1000))::bigint AS delay_ms
           FROM outbox_event
          WHERE published_at IS NOT NULL AND processed_at IS NULL AND gave_up_at IS NULL
            AND published_at < now() - interval '5 seconds'
            AND ($1::timestamptz IS NULL OR (published_at, id) > ($1::timestamptz, $2::uuid))
          ORDER BY published_at, id LIMIT $3`,
        [cursor?.[0] ?? null, cursor?.[1] ?? null, OutboxRelay.RECOVERY_PAGE],
      );
      if (!rows.length) break;
      await this.recoverPage(rows, outcome);
      if (rows.length < OutboxRelay.RECOVERY_PAGE) break;
      const last = rows[rows.length - 1];
      cursor = [last.cursor_at, last.id];
    }
    if (outcome.republished + outcome.redelivered + outcome.gaveUp > 0) this.logger.warn(`outbox recovery: ${JSON.stringify(outcome)}`);
    return outcome;
  }

  private async recoverPage(rows: PendingRow[], outcome: RecoveryOutcome): Promise<void> {
    // One connection, many commands in flight: ioredis pipelines them over the socket.
    const states = await Promise.all(rows.map((row) => this.queue.getJobState(row.id)));
    const vanished = rows.filter((_, i) => states[i] === 'unknown');
    if (vanished.length) {
      await this.publish(vanished);
      outcome.republished += vanished.length;
      this.recovered.inc({ reason: 'vanished' }, vanished.length);
    }
    for (const [i, row] of rows.entries()) if (states[i] === 'failed') await this.redeliverFailed(row, outcome);
  }

  /** A job that ended failed is retried with fresh attempts, a bounded number of times. */
  private async redeliverFailed(row: PendingRow, outcome: RecoveryOutcome): Promise<void> {
    const job = await this.queue.getJob(row.id);
    if (!job) return;
    if (row.redeliveries >= this.config.ops.outboxMaxRedeliveries) {
      const [, updated] = await this.dataSource.query(
        `UPDATE outbox_event SET gave_up_at = now() WHERE id = $1 AND gave_up_at IS NULL AND processed_at IS NULL`,
        [row.id],
      );
      if (!updated) return;
      await job.log(`outbox relay gave up after ${row.redeliveries} redeliveries; replay with \`npm run cli -- outbox-replay ${row.id}\``);
      this.logger.error(`outbox job ${row.job_name} ${row.id} still fails after ${row.redeliveries} redeliveries: given up`);
      outcome.gaveUp += 1;
      this.recovered.inc({ reason: 'gave_up' });
      return;
    }
    // Counted first: a relay that dies between the two steps re-sends once more, never unboundedly.
    await this.dataSource.query(`UPDATE outbox_event SET redeliveries = redeliveries + 1 WHERE id = $1`, [row.id]);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    outcome.redelivered += 1;
    this.recovered.inc({ reason: 'failed' });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
