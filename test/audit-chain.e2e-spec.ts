import { AuditChainVerifier, AuditRecord, TransactionRunner } from '@app/core';
import { startTestStack, TestStack } from '@app/testing';

/** The chain itself is action-agnostic: these tests append events that no domain writes. */
const testEvent = (event: { action: string; entityType: string; entityId: string; data?: Record<string, unknown> }) =>
  ({ data: {}, ...event }) as unknown as AuditRecord;

/** The chain detects tampering at the right link, and concurrent writers never fork it. */
describe('audit chain (e2e)', () => {
  let stack: TestStack;
  let verifier: AuditChainVerifier;
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

  beforeAll(async () => {
    stack = await startTestStack();
    verifier = stack.app.get(AuditChainVerifier);
    transactions = stack.app.get(TransactionRunner);
  });
  afterAll(() => stack.close());

  it('keeps one unbroken chain under 40 concurrent writers', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => write(i)));
    const result = await verifier.verify();
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM audit_event`);
    expect(result).toEqual({ valid: true, checkedEvents: count, firstBrokenSeq: null });
    const [{ gaps }] = await stack.db.query(
      `SELECT count(*)::int AS gaps FROM audit_event a WHERE seq > 1 AND NOT EXISTS (SELECT 1 FROM audit_event b WHERE b.seq = a.seq - 1)`,
    );
    expect(gaps).toBe(0);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the table', async () => {
    await expect(stack.db.query(`UPDATE audit_event SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
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
  });

  it('finds an altered row at its seq', async () => {
    await tamper(`UPDATE audit_event SET data = '{"n": 999}' WHERE seq = 10`);
    expect(await verifier.verify()).toMatchObject({ valid: false, firstBrokenSeq: 10, checkedEvents: 9 });
    await tamper(`UPDATE audit_event SET data = (SELECT data FROM audit_event WHERE seq = 11) WHERE seq = 10`); // still wrong content
    expect((await verifier.verify()).firstBrokenSeq).toBe(10);
  });

  it('finds a deleted row at the missing seq, and reordered rows at the first moved one', async () => {
    const fresh = await startTestStack();
    try {
      const tx = fresh.app.get(TransactionRunner);
      const v = fresh.app.get(AuditChainVerifier);
      for (let i = 0; i < 12; i++)
        await tx.run(null, async (t) => t.audit(testEvent({ action: 'test.event', entityType: 'Test', entityId: String(i) })));
      const disable = (sql: string) =>
        fresh.db.query(
          `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete; ${sql}; ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`,
        );
      // swap the contents of seq 6 and 7 (a reordering), keeping their seq numbers
      await disable(`UPDATE audit_event a SET action = b.action, entity_id = b.entity_id, data = b.data, prev_hash = b.prev_hash, hash = b.hash
                       FROM audit_event b WHERE (a.seq, b.seq) IN ((6, 7), (7, 6))`);
      expect(await v.verify()).toMatchObject({ valid: false, firstBrokenSeq: 6 });
      await disable(`DELETE FROM audit_event WHERE seq >= 6`);
      expect(await v.verify()).toMatchObject({ valid: true });
      const [{ max }] = await fresh.db.query(`SELECT max(seq)::int AS max FROM audit_event`);
      await tx.run(null, async (t) => t.audit(testEvent({ action: 'test.after', entityType: 'Test', entityId: 'a' })));
      await tx.run(null, async (t) => t.audit(testEvent({ action: 'test.after', entityType: 'Test', entityId: 'b' })));
      await disable(`DELETE FROM audit_event WHERE seq = ${max + 1}`);
      expect(await v.verify()).toMatchObject({ valid: false, firstBrokenSeq: max + 1, checkedEvents: max });
    } finally {
      await fresh.close();
    }
  });
});
