import { exited, freePort, OwnRedis, spawnWorker, startTestStack, TestStack } from '@app/testing';
import { ChildProcess } from 'child_process';

import { waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import { SmtpCapture } from '../libs/notifications/test-support/smtp-capture';
import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

/**
 * Notifications survive faults: the worker killed by SIGKILL in the middle of sending and Redis
 * flushed, then an SMTP outage. PostgreSQL holds the state (relay cursor, notifications,
 * deliveries with sent_at), so every notification exists once and every mail is sent once.
 */
jest.setTimeout(300_000);

describe('notifications under faults (e2e, worker process, own Redis, SMTP)', () => {
  const smtp = new SmtpCapture();
  let redis: OwnRedis;
  let stack: TestStack;
  let officer: Party;
  const vendors: Party[] = [];
  const workers: ChildProcess[] = [];

  const startWorker = async () => {
    const port = await freePort();
    const child = spawnWorker({ WORKER_METRICS_PORT: String(port) });
    workers.push(child);
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.status === 200, 150_000, 'worker ready');
    return child;
  };
  const kill = async (child: ChildProcess) => {
    child.kill('SIGKILL');
    await exited(child);
  };
  const sentCount = async (kind: string) =>
    (
      await stack.db.query(
        `SELECT count(*)::int AS n FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
          WHERE n.kind = $1 AND d.channel = 'EMAIL' AND d.sent_at IS NOT NULL`,
        [kind],
      )
    )[0].n;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    await smtp.start();
    stack = await startTestStack({
      env: {
        REDIS_URL: redis.url,
        SMTP_URL: smtp.url,
        JOB_LOCK_MS: '2000', // a dead worker's job is reclaimed in seconds
        JOB_BACKOFF_MS: '200',
        OUTBOX_RECOVER_MS: '1000',
        SCHEDULER_CHECK_MS: '500',
      },
    });
    officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
    const SAVE = `mutation S($filter: ChallengeFilter!) { saveSearch(name: "all drones", filter: $filter) { id } }`;
    for (let i = 0; i < 12; i += 1) {
      const vendor = await registerVendor(stack.gql, { country: 'NO' });
      await attest(stack.gql, vendor, NATO_T4_ANSWERS);
      const res = await stack.gql(SAVE, { filter: { tag: 'drones' } }, vendor.token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      vendors.push(vendor);
    }
  }, 300_000);
  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null && child.signalCode === null) await kill(child);
    await stack?.close();
    await redis?.stop();
    await smtp.stop();
  }, 120_000);

  it('a worker killed mid-delivery and a flushed Redis still deliver each notification and mail once', async () => {
    smtp.delayMs = 400; // twelve mails take about five seconds: the kill lands in the middle
    const worker = await startWorker();
    const challenge = await publishedChallenge(stack.gql, officer, { tags: ['drones'] }, 3 * 86_400);
    await waitFor(async () => smtp.mails.length >= 3, 60_000, 'first mails');
    await kill(worker);
    expect(smtp.mails.length).toBeLessThan(12);
    expect(await redis.cli('FLUSHALL')).toContain('OK');
    smtp.delayMs = 0;

    await startWorker();
    await waitFor(async () => (await sentCount('CHALLENGE_PUBLISHED')) === 12, 120_000, 'every mail sent');
    const perVendor = await stack.db.query(
      `SELECT recipient_organisation_id AS org, count(*)::int AS n FROM notification WHERE kind = 'CHALLENGE_PUBLISHED' AND challenge_id = $1 GROUP BY 1`,
      [challenge.id],
    );
    expect(perVendor.map((r: any) => r.n)).toEqual(Array(12).fill(1));
    expect(new Set(perVendor.map((r: any) => r.org))).toEqual(new Set(vendors.map((v) => v.organisationId)));
    // One mail per recipient. The only possible extra copy is the one the server accepted while
    // the worker died before recording it; it carries the same Message-ID, so a mailbox drops it.
    const byRecipient = new Map<string, Set<string>>();
    for (const mail of smtp.mails) for (const to of mail.to) byRecipient.set(to, (byRecipient.get(to) ?? new Set()).add(mail.messageId));
    expect(byRecipient.size).toBe(12);
    expect([...byRecipient.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(smtp.mails.length).toBeLessThanOrEqual(13);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a late duplicate would show now
    expect(smtp.mails.length).toBeLessThanOrEqual(13);
  });

  it('an SMTP outage delays mail, loses none, and sends it once when the server is back', async () => {
    await smtp.stop();
    const before = smtp.mails.length;
    const res = await stack.gql(
      `mutation A($id: ID!) { askQuestion(challengeId: $id, text: "Is a night demo required?") { id } }`,
      { id: (await stack.db.query(`SELECT id FROM challenge LIMIT 1`))[0].id },
      vendors[0].token,
    );
    expect(res.errors).toBeUndefined();
    const failing = await waitFor(
      async () =>
        (
          await stack.db.query(
            `SELECT d.id, d.attempts, d.last_error FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
              WHERE n.kind = 'QUESTION_ASKED' AND d.attempts >= 2`,
          )
        )[0],
      60_000,
      'failed attempts',
    );
    expect(failing.last_error).toBeTruthy();
    expect(smtp.mails.length).toBe(before);

    await smtp.start(); // same port
    await waitFor(async () => (await sentCount('QUESTION_ASKED')) === 1, 90_000, 'mail after outage');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const officerMails = smtp.mails.slice(before).filter((m) => m.kind === 'QUESTION_ASKED');
    expect(officerMails).toHaveLength(1);
    expect(
      (
        await stack.db.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'QUESTION_ASKED' AND recipient_user_id = $1`, [
          officer.userId,
        ])
      )[0].n,
    ).toBe(1);
  });
});
