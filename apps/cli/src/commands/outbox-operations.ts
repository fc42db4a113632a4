import { JOB_QUEUE } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

export interface OutboxStatus {
  unpublished: number;
  /** Published, not processed, due: in Redis or about to be recovered by the relay. */
  inFlight: number;
  /** Published, not processed, not due yet (a deadline's delayed job). */
  scheduled: number;
  givenUp: number;
  /** Age of the oldest due row not yet processed (the worker's sprintgate_outbox_lag_seconds). */
  lagSeconds: number;
  givenUpRows: { id: string; jobName: string; redeliveries: number; gaveUpAt: string; failedReason: string | null }[];
}

export interface ReplayOutcome {
  replayed: string[];
  /** Ids skipped, with why: processed already, job still running or waiting, unknown id. */
  skipped: { id: string; reason: string }[];
}

/** The operator's view of the outbox: what waits, what the relay gave up on, and replaying it. */
@Injectable()
export class OutboxOperations {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
  ) {}

  async status(): Promise<OutboxStatus> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE published_at IS NOT NULL AND gave_up_at IS NULL AND (run_at IS NULL OR run_at <= now()))::int AS in_flight,
              count(*) FILTER (WHERE published_at IS NOT NULL AND gave_up_at IS NULL AND run_at > now())::int AS scheduled,
              count(*) FILTER (WHERE gave_up_at IS NOT NULL)::int AS given_up,
              coalesce(extract(epoch FROM now() - min(greatest(created_at, coalesce(run_at, created_at)))
                FILTER (WHERE gave_up_at IS NULL AND (run_at IS NULL OR run_at <= now()))), 0)::float8 AS lag_seconds
         FROM outbox_event WHERE processed_at IS NULL`,
    );
    const rows: { id: string; job_name: string; redeliveries: number; gave_up_at: Date }[] = await this.dataSource.query(
      `SELECT id, job_name, redeliveries, gave_up_at FROM outbox_event
        WHERE gave_up_at IS NOT NULL AND processed_at IS NULL ORDER BY gave_up_at LIMIT 50`,
    );
    const givenUpRows = [];
    for (const row of rows) {
      const job = await this.queue.getJob(row.id).catch(() => undefined);
      givenUpRows.push({
        id: row.id,
        jobName: row.job_name,
        redeliveries: row.redeliveries,
        gaveUpAt: new Date(row.gave_up_at).toISOString(),
        failedReason: job?.failedReason ?? null,
      });
    }
    return {
      unpublished: counts.unpublished,
      inFlight: counts.in_flight,
      scheduled: counts.scheduled,
      givenUp: counts.given_up,
      lagSeconds: Math.round(counts.lag_seconds * 10) / 10,
      givenUpRows,
    };
  }

  /**
   * Sends rows again from scratch: their failed job is removed from Redis and the row returns to
   * the relay as unpublished with its redelivery count reset (for after the cause was fixed).
   * A row already processed, or whose job is still waiting or running, is left alone.
   */
  async replay(ids: string[] | 'given-up'): Promise<ReplayOutcome> {
    const candidates: { id: string }[] =
      ids === 'given-up'
        ? await this.dataSource.query(`SELECT id FROM outbox_event WHERE gave_up_at IS NOT NULL AND processed_at IS NULL`)
        : await this.dataSource.query(`SELECT id FROM outbox_event WHERE id::text = ANY($1::text[])`, [ids]);
    const outcome: ReplayOutcome = { replayed: [], skipped: [] };
    if (ids !== 'given-up') {
      const found = new Set(candidates.map((c) => c.id));
      for (const id of ids) if (!found.has(id)) outcome.skipped.push({ id, reason: 'no such outbox row' });
    }
    for (const { id } of candidates) {
      const state = await this.queue.getJobState(id);
      if (state !== 'failed' && state !== 'completed' && state !== 'unknown') {
        outcome.skipped.push({ id, reason: `its job is ${state}` });
        continue;
      }
      const [, reset] = await this.dataSource.query(
        `UPDATE outbox_event SET published_at = NULL, gave_up_at = NULL, redeliveries = 0 WHERE id = $1 AND processed_at IS NULL`,
        [id],
      );
      if (!reset) {
        outcome.skipped.push({ id, reason: 'already processed' });
        continue;
      }
      await (await this.queue.getJob(id))?.remove();
      outcome.replayed.push(id);
    }
    if (outcome.replayed.length) await this.dataSource.query(`SELECT pg_notify('outbox', '')`);
    return outcome;
  }
}
