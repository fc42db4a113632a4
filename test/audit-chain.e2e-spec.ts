import { AuditChainer, AuditChainVerifier, AuditRecord, TransactionRunner } from '@app/core';
import { startTestStack, TestStack } from '@app/testing';

/** The chain itself is action-agnostic: these tests append events that no domain writes. */
const testEvent = (event: { action: string; entityType: string; entityId: string; data?: Record<string, unknown> }) =>
  ({ data: {}, ...event }) as unknown as AuditRecord;

/**
 * The chain detects tampering at the right link, concurrent writers never fork it and never wait
 * for it, and an event exists iff its transaction committed (docs/audit-chain.md).
 */
describe('audit chain (e2e)', () => {
  let stack: TestStack;
  let verifier: AuditChainVerifier;
  let chainer: AuditChainer;
  let transactions: TransactionRunner;

  const write = (n: number) =>
    transactions.run(null, async (tx) => {
      tx.audit(testEvent({ action: 'test.event', entityType: 'Test', entityId: String(n), data: { n, nested: { b: 2, a: [1, 'x'] } } }));
    });
  /** As superuser with the append-only trigger off: what an attacker with database access could do. */
  const tamper = async (sql: string) => {
    await stack.db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
    try {
      await stack.db.query(sql);
    } finally {
      await stack.db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    }
  };
  const seqAt = async (pos: number): Promise<number> =>
    Number((await stack.db.query(`SELECT seq FROM audit_event WHERE chain_pos = $1`, [pos]))[0].seq);
  /** Runs a tampering scenario on a copy of the rows it touches, then puts them back. */
  const withRowsRestored = async (positions: number[], scenario: () => Promise<void>) => {
    await stack.db.query(`CREATE TEMP TABLE IF NOT EXISTS saved AS SELECT * FROM audit_event WITH NO DATA`);
    await stack.db.query(`TRUNCATE saved`);
    await stack.db.query(`INSERT INTO saved SELECT * FROM audit_event WHERE chain_pos = ANY($1)`, [positions]);
    try {
      await scenario();
    } finally {
      await tamper(
        `DELETE FROM audit_event WHERE seq IN (SELECT seq FROM saved) OR chain_pos = ANY('{${positions.join(',')}}'::bigint[]) OR hash = 'forged'`,
      );
      await tamper(`INSERT INTO audit_event SELECT * FROM saved`);
      expect(await verifier.verify()).toMatchObject({ valid: true });
    }
  };

  beforeAll(async () => {
    stack = await startTestStack();
    verifier = stack.app.get(AuditChainVerifier);
    chainer = stack.app.get(AuditChainer);
    transactions = stack.app.get(TransactionRunner);
  });
  afterAll(() => stack.close());

  it('keeps one unbroken, gapless chain under 40 concurrent writers', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => write(i)));
    const result = await verifier.verify();
    const [{ count, chained, maxPos }] = await stack.db.query(
      `SELECT count(*)::int AS count, count(chain_pos)::int AS chained, max(chain_pos)::int AS "maxPos" FROM audit_event`,
    );
    expect(count).toBeGreaterThanOrEqual(40);
    expect(result).toEqual({ valid: true, checkedEvents: count, firstBrokenSeq: null });
    expect([chained, maxPos]).toEqual([count, count]); // every event linked once, positions 1..n
  });

  it('lets writers commit while the chain is locked: they never queue on it', async () => {
    const holder = stack.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT pg_advisory_xact_lock($1)', [AuditChainer.LOCK_KEY]);
    try {
      await Promise.all([write(100), write(101), write(102)]); // would hang here if writers took the lock
      const [{ pending }] = await stack.db.query(`SELECT count(*)::int AS pending FROM audit_event WHERE chain_pos IS NULL`);
      expect(pending).toBe(3); // committed, not yet linked: no chainer can run while the lock is held
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await verifier.verify()).toMatchObject({ valid: true, firstBrokenSeq: null });
    const [{ pending }] = await stack.db.query(`SELECT count(*)::int AS pending FROM audit_event WHERE chain_pos IS NULL`);
    expect(pending).toBe(0);
  });

  it('links a transaction that took an earlier seq but committed later after the ones before it', async () => {
    const late = stack.db.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    await late.query(
      `INSERT INTO audit_event (at, action, entity_type, entity_id, data) VALUES (now(), 'test.late', 'Test', 'late', '{}')`,
    );
    await write(200);
    await chainer.chainPending();
    await late.commitTransaction();
    await late.release();
    expect(await verifier.verify()).toMatchObject({ valid: true });
    const rows = await stack.db.query(
      `SELECT action, seq::int, chain_pos::int AS pos FROM audit_event WHERE action = 'test.late' OR (entity_id = '200') ORDER BY seq`,
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['test.late', 'test.event']);
    expect(rows[0].pos).toBeGreaterThan(rows[1].pos); // seq order ≠ chain order, and both are total
  });

  it('refuses UPDATE, DELETE and TRUNCATE, and lets only the one-time linking through', async () => {
    const first = await seqAt(1);
    await expect(stack.db.query(`UPDATE audit_event SET action = 'x' WHERE seq = $1`, [first])).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`UPDATE audit_event SET hash = repeat('a', 64) WHERE seq = $1`, [first])).rejects.toThrow(/append-only/);
    await expect(
      stack.db.query(`UPDATE audit_event SET chain_pos = NULL, hash = NULL, prev_hash = NULL WHERE seq = $1`, [first]),
    ).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`DELETE FROM audit_event WHERE seq = $1`, [first])).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    // linking a pending event may not change its content at the same time
    const holder = stack.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT pg_advisory_xact_lock($1)', [AuditChainer.LOCK_KEY]);
    try {
      await write(300);
      await expect(
        stack.db.query(
          `UPDATE audit_event SET chain_pos = 999999, prev_hash = repeat('0', 64), hash = repeat('0', 64), action = 'x' WHERE entity_id = '300'`,
        ),
      ).rejects.toThrow(/append-only/);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('rolls audit events back with the state change they describe', async () => {
    const before = await verifier.verify();
    await expect(
      transactions.run(null, async (tx) => {
        tx.audit(testEvent({ action: 'test.doomed', entityType: 'Test', entityId: 'x' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await verifier.verify()).checkedEvents).toBe(before.checkedEvents);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.doomed'`);
    expect(n).toBe(0);
  });

  it('finds an altered event at its seq', async () => {
    const seq = await seqAt(10);
    await withRowsRestored([10], async () => {
      await tamper(`UPDATE audit_event SET data = '{"n": 999}' WHERE chain_pos = 10`);
      expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: seq, checkedEvents: 9 });
      await tamper(`UPDATE audit_event SET data = (SELECT data FROM audit_event WHERE chain_pos = 11) WHERE chain_pos = 10`); // still wrong
      expect((await verifier.verify()).firstBrokenSeq).toBe(seq);
    });
  });

  it('finds reordered events at the first moved one', async () => {
    const [six, seven] = [await seqAt(6), await seqAt(7)];
    await withRowsRestored([6, 7], async () => {
      // swap the two events' positions, each keeping its own (valid) hashes
      await tamper(`UPDATE audit_event SET chain_pos = CASE chain_pos WHEN 6 THEN -7 ELSE -6 END WHERE chain_pos IN (6, 7)`);
      await tamper(`UPDATE audit_event SET chain_pos = -chain_pos WHERE chain_pos < 0`);
      expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: seven, checkedEvents: 5 });
      expect(seven).not.toBe(six);
    });
  });

  it('finds a deleted event at the event after the hole', async () => {
    const nine = await seqAt(9);
    await withRowsRestored([8], async () => {
      await tamper(`DELETE FROM audit_event WHERE chain_pos = 8`);
      expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: nine, checkedEvents: 7 });
    });
  });

  it('finds an inserted event, even with the right position and a well-formed hash', async () => {
    const [{ total }] = await stack.db.query(`SELECT max(chain_pos)::int AS total FROM audit_event`);
    const all = Array.from({ length: total }, (_, i) => i + 1);
    await withRowsRestored(all, async () => {
      // make room at position 5 and insert a forged event there linked to position 4
      await tamper(`UPDATE audit_event SET chain_pos = -(chain_pos + 1) WHERE chain_pos >= 5`);
      await tamper(`UPDATE audit_event SET chain_pos = -chain_pos WHERE chain_pos < 0`);
      await tamper(`INSERT INTO audit_event (at, action, entity_type, entity_id, data, chain_pos, prev_hash, hash)
                    SELECT now(), 'test.forged', 'Test', 'forged', '{}', 5, hash, 'forged' FROM audit_event WHERE chain_pos = 4`);
      const [{ forged }] = await stack.db.query(`SELECT seq::int AS forged FROM audit_event WHERE chain_pos = 5`);
      expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: forged, checkedEvents: 4 });
    });
  });

  it('finds an event moved to the end by clearing its links at the hole it left', async () => {
    const four = await seqAt(4);
    await withRowsRestored([3], async () => {
      await tamper(`UPDATE audit_event SET chain_pos = NULL, prev_hash = NULL, hash = NULL WHERE chain_pos = 3`);
      expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: four, checkedEvents: 2 });
    });
  });
});
