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

  run<T>(actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.runOpening(actor, readClock, (tx) => work(tx));
  }

  /**
   * Like run, with the transaction's first statement the caller's own: it reads what the work
   * starts from (e.g. the row it locks) AND the transaction's clock, `now` as
   * `date_trunc('milliseconds', now())`, so the hottest writes save the clock's round trip.
   */
  async runOpening<O extends { now: Date }, T>(
    actor: Actor | null,
    open: (manager: EntityManager) => Promise<O>,
    work: (tx: Tx, opened: O) => Promise<T>,
  ): Promise<T> {
    let audited = false;
    const result = await this.dataSource.transaction(async (manager) => {
      const opened = await open(manager);
      const { now } = opened;
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
      const result = await work(tx, opened);
      await this.outboxWriter.write(manager, jobs);
      await this.auditWriter.append(manager, actor?.userId ?? null, audits);
      audited = audits.length > 0;
      return result;
    });
    if (audited) this.auditChainer.nudge();
    return result;
  }
}

/** The opening statement of a transaction that starts from nothing but the clock. */
const readClock = async (manager: EntityManager): Promise<{ now: Date }> =>
  (await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`))[0] as { now: Date };
