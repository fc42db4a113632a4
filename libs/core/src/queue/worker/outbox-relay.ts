import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { JOB_QUEUE } from '../queue.module';

interface OutboxRow {
  id: string;
  job_name: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

/**
 * Moves committed outbox rows to BullMQ (jobId = outbox id, so a second publish is a no-op), woken
 * by NOTIFY and by a poll as a fallback. Rows published but never processed whose job has vanished
 * from Redis (a flush, a lost instance) are published again: PostgreSQL is the source of truth.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly BATCH = 200;
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen(true);
    this.timers.push(setInterval(() => void this.kick(), 1000));
    this.timers.push(setInterval(() => void this.recoverLost().catch((e) => this.logger.warn(`recover: ${e.message}`)), 10_000));
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

  /** Republishes rows whose job is gone from Redis although it never completed. */
  async recoverLost(): Promise<number> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, job_name, payload,
              GREATEST(0, floor(extract(epoch FROM (run_at - now())) * 1000))::bigint AS delay_ms
         FROM outbox_event
        WHERE published_at IS NOT NULL AND processed_at IS NULL AND published_at < now() - interval '5 seconds'
        ORDER BY published_at LIMIT 1000`,
    );
    const lost: OutboxRow[] = [];
    for (const row of rows) if (!(await this.queue.getJob(row.id))) lost.push(row);
    if (lost.length) {
      this.logger.warn(`republishing ${lost.length} outbox job(s) missing from Redis`);
      await this.publish(lost);
    }
    return lost.length;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
