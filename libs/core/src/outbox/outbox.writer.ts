import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { JobName, JobPayload } from '../queue/job-map';
import { OutboxEventEntity } from './outbox-event.entity';

export interface PendingJob<N extends JobName = JobName> {
  name: N;
  payload: JobPayload<N>;
  runAt?: Date | null;
}

/** Writes jobs inside the domain transaction and wakes the relay when that transaction commits. */
@Injectable()
export class OutboxWriter {
  async write(manager: EntityManager, jobs: PendingJob[]): Promise<void> {
    if (!jobs.length) return;
    const rows = jobs.map((job) => ({ jobName: job.name, payload: job.payload, runAt: job.runAt ?? null }));
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEventEntity)
      .values(rows as never[])
      .execute();
    // NOTIFY is delivered only on commit, and never for a rolled-back transaction.
    await manager.query(`SELECT pg_notify('outbox', '')`);
  }
}
