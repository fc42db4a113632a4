import { startTestStack, TestStack } from '@app/testing';
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { Client } from 'pg';

import {
  challengeStatus,
  contractsPerSubmission,
  emitIssue,
  markAwardPending,
  openChallenge,
  vendorWithBid,
  waitFor,
} from '../libs/contracts/test-support/awarded-challenge';
import { adminLogin, createBuyerUser } from '../libs/solicitations/test-support/marketplace-fixtures';

const ROOT = join(__dirname, '..');

/** The worker as a real process (the test's env: database, Redis, queue prefix), so it can die by SIGKILL. */
function startWorkerProcess(): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    // A short job lock so the restarted worker reclaims the dead one's job in seconds, not 30 s.
    env: { ...process.env, NODE_ENV: 'test', JOB_LOCK_MS: '2000' },
    stdio: 'ignore',
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('contract issuance survives a worker killed mid-issue (e2e)', () => {
  let stack: TestStack;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await stack.close();
  });

  it('ends with exactly one contract per awarded submission after SIGKILL and restart', async () => {
    const admin = await adminLogin(stack.gql);
    const officer = await createBuyerUser(stack.gql, admin);
    const challengeId = await openChallenge(stack.gql, officer);
    const bids = [];
    for (const price of [9_000_000, 11_000_000, 13_000_000, 14_000_000])
      bids.push(await vendorWithBid(stack.gql, challengeId, { price, durationDays: 60 }));
    const winners = bids.slice(0, 3).map((b) => b.submissionId);
    await markAwardPending(stack, challengeId, winners);

    // Hold one winning bid's row lock so the issuing transaction is caught open, mid-issue.
    const blocker = new Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM submission WHERE id = $1 FOR UPDATE', [winners[1]]);

    worker = startWorkerProcess();
    const outboxId = await emitIssue(stack, challengeId);
    await waitFor(
      async () => (await stack.db.query(`SELECT published_at FROM outbox_event WHERE id = $1`, [outboxId]))[0].published_at,
      30_000,
    );
    const waitingOnLock = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    await waitFor(async () => (await stack.db.query(waitingOnLock))[0].n > 0, 30_000);
    worker.kill('SIGKILL');
    await exited(worker);
    await blocker.query('ROLLBACK');
    await blocker.end();

    // The killed worker's transaction never committed: no contract, the award still pending.
    await waitFor(async () => (await stack.db.query(waitingOnLock))[0].n === 0);
    expect(await contractsPerSubmission(stack, challengeId)).toEqual([]);
    expect(await challengeStatus(stack, challengeId)).toBe('AWARD_PENDING');

    // A new worker picks the stalled job up again (once the dead worker's 2 s job lock lapses) and finishes it.
    worker = startWorkerProcess();
    await waitFor(async () => (await challengeStatus(stack, challengeId)) === 'AWARDED', 30_000);
    expect(await contractsPerSubmission(stack, challengeId)).toEqual([...winners].sort().map((submission_id) => ({ submission_id, n: 1 })));
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM micro_contract WHERE challenge_id = $1`, [challengeId]);
    expect(n).toBe(3);
    await waitFor(
      async () => (await stack.db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [outboxId]))[0].processed_at,
      10_000,
    );
  }, 90_000);
});
