import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AuditRecord, AuditWriter } from '../audit/audit.writer';
import { AuditChainer } from '../audit/audit-chainer';
import { Actor } from '../auth/actor';
import { OutboxWriter, PendingJob } from '../outbox/outbox.writer';
import { JobName, JobPayload } from '../queue/job-map';

/** What a state change may do inside its transaction. */
export interface Tx {
  readonly manager: EntityManager;
  /** The database clock at the start of the transaction. */
  readonly now: Date;
  /**
   * The database clock at this moment (clock_timestamp), for a deadline checked after waiting on a
   * row lock: the transaction's start may be well before the lock was granted.
   */
  clockNow(): Promise<Date>;
  readonly actor: Actor | null;
  audit(record: AuditRecord): void;
  emit<N extends JobName>(name: N, payload: JobPayload<N>, runAt?: Date | null): void;
}

/**
 * The one way to change state: rows, their audit events and their outbox jobs commit together or
 * not at all. Audit events and jobs are collected during the work and written at the end, in one
 * statement each; no lock is taken for the audit chain: the chainer links the events after commit
 * (docs/audit-chain.md).
 */
@Injectable()
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditWriter: AuditWriter,
    private readonly outboxWriter: OutboxWriter,
    private readonly auditChainer: AuditChainer,
  ) {}

  async run<T>(actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    let audited = false;
    const result = await this.dataSource.transaction(async (manager) => {
      const [{ now }] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`);
      const audits: AuditRecord[] = [];
      const jobs: PendingJob[] = [];
      const tx: Tx = {
        manager,
        now,
        actor,
        clockNow: async () => (await manager.query(`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`))[0].now as Date,
        audit: (record) => audits.push(record),
        emit: (name, payload, runAt) => jobs.push({ name, payload, runAt } as PendingJob),
      };
      const result = await work(tx);
      await this.outboxWriter.write(manager, jobs);
      await this.auditWriter.append(manager, actor?.userId ?? null, audits);
      audited = audits.length > 0;
      return result;
    });
    if (audited) this.auditChainer.nudge();
    return result;
  }
}
