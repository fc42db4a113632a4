import { OutboxRelay, TransactionRunner } from '@app/core';
import { startTestStack, TestStack } from '@app/testing';

const waitFor = async <T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Jobs written with a state change reach the worker after commit, and survive a Redis flush. */
describe('outbox relay and worker (e2e)', () => {
  let stack: TestStack;
  let transactions: TransactionRunner;
  const row = async (id: string) =>
    (await stack.db.query(`SELECT published_at, processed_at, run_at FROM outbox_event WHERE id = $1`, [id]))[0];
  const emit = (runAt: Date | null = null) =>
    transactions.run(null, async (tx) => {
      tx.emit('audit.verify-chain', {}, runAt);
    });
  const newestId = async () => (await stack.db.query(`SELECT id FROM outbox_event ORDER BY created_at DESC LIMIT 1`))[0].id as string;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    transactions = stack.app.get(TransactionRunner);
  });
  afterAll(() => stack.close());

  it('publishes a committed job and marks it processed after its handler ran', async () => {
    await emit();
    const id = await newestId();
    const done = await waitFor(async () => (await row(id))?.processed_at && row(id));
    expect(done.published_at).not.toBeNull();
    const job = await stack.queue.getJob(id);
    expect(job?.returnvalue).toMatchObject({ valid: true });
  });

  it('writes no job for a rolled-back transaction', async () => {
    const [{ count: before }] = await stack.db.query(`SELECT count(*)::int AS count FROM outbox_event`);
    await expect(
      transactions.run(null, async (tx) => {
        tx.emit('audit.verify-chain', {});
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const [{ count: after }] = await stack.db.query(`SELECT count(*)::int AS count FROM outbox_event`);
    expect(after).toBe(before);
  });

  it('holds a job until its runAt (database clock)', async () => {
    const [{ now }] = await stack.db.query(`SELECT now() AS now`);
    await emit(new Date(new Date(now).getTime() + 1500));
    const id = await newestId();
    const job = await waitFor(() => stack.queue.getJob(id));
    expect(job.opts.delay).toBeGreaterThan(500);
    const done = await waitFor(async () => (await row(id))?.processed_at && row(id));
    expect(new Date(done.processed_at).getTime()).toBeGreaterThanOrEqual(new Date(done.run_at).getTime());
  });

  it('listens again after its NOTIFY connection is killed (a PostgreSQL restart, say)', async () => {
    const listeners = async () =>
      (await stack.db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox'`)) as {
        pid: number;
      }[];
    const [before] = await waitFor(async () => (await listeners()).length > 0 && listeners());
    await stack.db.query(`SELECT pg_terminate_backend($1)`, [before.pid]);
    const [after] = await waitFor(async () => {
      const now = await listeners();
      return now.length > 0 && now[0].pid !== before.pid && now;
    });
    expect(after.pid).not.toBe(before.pid);
    await emit();
    const id = await newestId();
    await waitFor(async () => (await row(id))?.processed_at);
  });

  it('republishes work lost in a Redis flush, and publishes what was written while the worker was down', async () => {
    await stack.stopWorker();
    await emit();
    const whileDown = await newestId();
    // A job that had been published, then lost when Redis was flushed before it ran.
    await emit();
    const lost = await newestId();
    await stack.db.query(`UPDATE outbox_event SET published_at = now() - interval '1 minute' WHERE id = $1`, [lost]);
    expect(await stack.queue.getJob(lost)).toBeUndefined();

    await stack.startWorker();
    await waitFor(async () => (await row(whileDown))?.processed_at);
    await waitFor(async () => (await row(lost))?.processed_at);
    expect(await stack.worker!.get(OutboxRelay).recoverLost()).toEqual({ republished: 0, redelivered: 0, gaveUp: 0 });
  });
});
