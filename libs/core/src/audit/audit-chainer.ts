import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { auditHash, GENESIS_HASH } from './audit-hash';

interface PendingRow {
  seq: string;
  at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: unknown;
}

/**
 * Links committed audit events into the hash chain (docs/audit-chain.md). Only the chainer takes
 * the chain's advisory lock, in its own short transaction, so state changes never wait for it.
 * It chains the committed, not yet linked events in seq order: a transaction that committed later
 * but took a smaller seq is simply linked in the next round, after the ones already linked.
 *
 * Background linking runs in the worker processes (started by AuditChainBackground): shortly
 * after a local commit that wrote events (nudge) and every SWEEP_INTERVAL_MS for commits made
 * elsewhere (the API). Any process links synchronously before it reads hashes (auditTrail,
 * verifyAuditChain). Background rounds use a try-lock (another process linking is as good); a
 * synchronous round waits for the lock, so every event committed before the call is linked.
 */
@Injectable()
export class AuditChainer implements OnModuleDestroy {
  static readonly LOCK_KEY = 0x5a_0a_0d_17; // arbitrary constant shared by every chainer
  static readonly BATCH = 5000;
  static readonly NUDGE_DELAY_MS = 10;
  static readonly SWEEP_INTERVAL_MS = 250;

  private readonly logger = new Logger('AuditChainer');
  private timer: NodeJS.Timeout | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private started = false;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Turns on background linking in this process (the worker). */
  startBackground(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.sweeper = setInterval(() => this.nudge(), AuditChainer.SWEEP_INTERVAL_MS);
    this.sweeper.unref();
    this.nudge();
  }

  async onModuleDestroy() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.sweeper) clearInterval(this.sweeper);
    await this.running?.catch(() => undefined);
  }

  /** Asks for a background round soon (where background linking is on); many nudges make one round. */
  nudge(): void {
    if (!this.started || this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) return void this.running.finally(() => this.nudge());
      this.running = this.chainPending(false)
        .catch((error: Error) => this.logger.warn(`background chaining failed (retried on the next round): ${error.message}`))
        .finally(() => (this.running = null));
    }, AuditChainer.NUDGE_DELAY_MS);
    this.timer.unref();
  }

  /**
   * Links every event committed before the call. `wait` = block on the lock (readers); otherwise
   * give up at once when another chainer holds it. Returns how many events it linked.
   */
  async chainPending(wait = true): Promise<number> {
    // Background rounds first look without a transaction or lock: an idle system costs one index probe.
    if (!wait && !(await this.dataSource.query(`SELECT 1 FROM audit_event WHERE chain_pos IS NULL LIMIT 1`)).length) return 0;
    let linked = 0;
    for (;;) {
      const count = await this.dataSource.transaction((manager) => this.chainBatch(manager, wait));
      if (count === null) return linked;
      linked += count;
      if (count < AuditChainer.BATCH) return linked;
    }
  }

  /** One batch in one transaction; null when the lock was not free and `wait` is false. */
  private async chainBatch(manager: EntityManager, wait: boolean): Promise<number | null> {
    if (wait) await manager.query('SELECT pg_advisory_xact_lock($1)', [AuditChainer.LOCK_KEY]);
    else {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [AuditChainer.LOCK_KEY]);
      if (!locked) return null;
    }
    const pending: PendingRow[] = await manager.query(
      `SELECT seq, at, actor_id, action, entity_type, entity_id, data FROM audit_event
        WHERE chain_pos IS NULL ORDER BY seq LIMIT ${AuditChainer.BATCH}`,
    );
    if (!pending.length) return 0;
    const [head] = await manager.query(
      `SELECT chain_pos, hash FROM audit_event WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1`,
    );
    let position = head ? Number(head.chain_pos) : 0;
    let prevHash: string = head ? head.hash : GENESIS_HASH;
    const seqs: string[] = [];
    const positions: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      position += 1;
      // Hashed from the row as stored (jsonb-normalised data), exactly what the verifier reads back.
      const hash = auditHash(prevHash, {
        seq: Number(row.seq),
        at: row.at,
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        data: row.data,
      });
      seqs.push(row.seq);
      positions.push(position);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await manager.query(
      `UPDATE audit_event a SET chain_pos = v.pos, prev_hash = v.prev, hash = v.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(seq, pos, prev, hash)
        WHERE a.seq = v.seq`,
      [seqs, positions, prevHashes, hashes],
    );
    return pending.length;
  }
}
