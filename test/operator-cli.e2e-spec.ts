import { startTestStack, TestStack } from '@app/testing';
import { spawn } from 'child_process';
import { randomUUID } from 'crypto';
import { join } from 'path';

import { runCli } from '../apps/cli/src/run-cli';
import { markAwardPending, openChallenge } from '../libs/contracts/test-support/awarded-challenge';
import { adminLogin, createBuyerUser, login } from '../libs/solicitations/test-support/marketplace-fixtures';

const ROOT = join(__dirname, '..');

/** Runs a CLI command in-process; returns its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(argv, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}
const parsed = (out: string) => JSON.parse(out);

/** Issue 17 item 16: the operator CLI, on the same Nest modules as the API and the worker. */
describe('operator CLI (e2e)', () => {
  let stack: TestStack;
  const CHAIN = `{ verifyAuditChain { valid } }`;

  beforeAll(async () => {
    stack = await startTestStack({ env: { METRICS_TOKEN: 'cli-metrics-token-0123456789' } });
  });
  afterAll(() => stack.close());

  it('prints the configuration with secrets masked', async () => {
    const { code, out } = await cli('config');
    expect(code).toBe(0);
    const config = parsed(out);
    expect(config.jwtSecret).toBe('***');
    expect(config.adminPassword).toBe('***');
    expect(config.ops.metricsToken).toBe('***');
    expect(config.queuePrefix).toBe(stack.queuePrefix);
    for (const secret of [process.env.JWT_SECRET!, process.env.ADMIN_PASSWORD!, 'cli-metrics-token']) expect(out).not.toContain(secret);
  });

  it('answers an unknown command or missing arguments with the usage and exit 64', async () => {
    expect((await cli('frobnicate')).code).toBe(64);
    expect((await cli('create-admin', '--email', 'x@y.eu')).code).toBe(64);
    expect((await cli('help')).out).toMatch(/verify-audit-chain/);
  });

  it('creates an admin who can log in, refuses a taken email, and disables a user at once', async () => {
    const created = await cli(
      'create-admin',
      '--email',
      'Second.Admin@e2e.test',
      '--password',
      'second-admin-password',
      '--name',
      'Second',
    );
    expect(created.code).toBe(0);
    expect(parsed(created.out).created).toMatchObject({ email: 'second.admin@e2e.test', roles: ['ADMIN'] });
    const admin2 = await login(stack.gql, 'second.admin@e2e.test', 'second-admin-password');
    expect((await stack.gql(CHAIN, {}, admin2.token)).data?.verifyAuditChain.valid).toBe(true);

    const again = await cli('create-admin', '--email', 'second.admin@e2e.test', '--password', 'another-password-123');
    expect(again).toEqual({ code: 1, out: 'error: a user with email second.admin@e2e.test already exists' });
    expect((await cli('create-admin', '--email', 'third@e2e.test', '--password', 'short')).code).toBe(1);

    const disabled = await cli('disable-user', 'second.admin@e2e.test', '--reason', 'left the team');
    expect(disabled.code).toBe(0);
    expect(parsed(disabled.out)).toMatchObject({ email: 'second.admin@e2e.test', alreadyDisabled: false });
    const refused = await stack.gql(CHAIN, {}, admin2.token);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(parsed((await cli('disable-user', 'second.admin@e2e.test')).out).alreadyDisabled).toBe(true);
    expect((await cli('disable-user', 'nobody@e2e.test')).code).toBe(1);
    const [audit] = await stack.db.query(`SELECT data FROM audit_event WHERE action = 'user.disabled'`);
    expect(audit.data).toMatchObject({ reason: 'left the team', by: 'operator-cli' });
  });

  it('issues a one-time password reset that resetPassword accepts once', async () => {
    expect((await cli('create-admin', '--email', 'locked.out@e2e.test', '--password', 'forgotten-admin-password')).code).toBe(0);
    const issued = await cli('issue-password-reset', 'Locked.Out@e2e.test');
    expect(issued.code).toBe(0);
    const { token, email } = parsed(issued.out);
    expect(email).toBe('locked.out@e2e.test');
    const RESET = `mutation R($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
    const newPassword = 'a brand new operator-set passphrase';
    expect((await stack.gql(RESET, { t: token, p: newPassword })).data?.resetPassword).toBe(true);
    expect((await stack.gql(RESET, { t: token, p: newPassword })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await login(stack.gql, 'locked.out@e2e.test', newPassword)).token).toBeTruthy();
    const [audit] = await stack.db.query(`SELECT data FROM audit_event WHERE action = 'user.password-reset-issued'`);
    expect(audit.data).toMatchObject({ by: 'operator-cli' });
    expect((await cli('issue-password-reset', 'nobody@e2e.test')).code).toBe(1);
  });

  it('re-runs the step a challenge status calls for, through the outbox, audited', async () => {
    const officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
    const challengeId = await openChallenge(stack.gql, officer);
    const early = await cli('rerun-step', challengeId);
    expect(early.code).toBe(1); // PUBLISHED before its deadline: nothing to re-run
    expect(early.out).toMatch(/PUBLISHED: no pipeline step/);
    expect((await cli('rerun-step', 'not-an-id')).code).toBe(1);
    expect((await cli('rerun-step', randomUUID())).code).toBe(1);

    await markAwardPending(stack, challengeId, []);
    const rerun = await cli('rerun-step', challengeId);
    expect(rerun.code).toBe(0);
    expect(parsed(rerun.out)).toEqual({ status: 'AWARD_PENDING', jobs: ['contracts.issue'] });
    const rows = await stack.db.query(
      `SELECT job_name FROM outbox_event WHERE payload->>'challengeId' = $1 AND job_name = 'contracts.issue'`,
      [challengeId],
    );
    expect(rows).toHaveLength(1);
    const [audit] = await stack.db.query(`SELECT data FROM audit_event WHERE action = 'challenge.step-rerun' AND entity_id = $1`, [
      challengeId,
    ]);
    expect(audit.data).toMatchObject({ status: 'AWARD_PENDING', jobs: ['contracts.issue'] });
  });

  it('reports the outbox and replays rows the relay gave up on', async () => {
    const status0 = await cli('outbox-status');
    expect(parsed(status0.out).givenUp).toBe(0);
    // Two rows the relay gave up on: one whose failed job is gone from Redis, one whose job is still waiting.
    const [gone, waiting] = [randomUUID(), randomUUID()];
    await stack.db.query(
      `INSERT INTO outbox_event (id, job_name, payload, published_at, redeliveries, gave_up_at)
       VALUES ($1, 'challenge.close', jsonb_build_object('challengeId', gen_random_uuid()), now() - interval '1 hour', 5, now()),
              ($2, 'challenge.close', jsonb_build_object('challengeId', gen_random_uuid()), now() - interval '1 hour', 5, now())`,
      [gone, waiting],
    );
    await stack.queue.add('challenge.close', { challengeId: randomUUID() }, { jobId: waiting });
    const status = await cli('outbox-status');
    expect(status.code).toBe(3);
    expect(parsed(status.out)).toMatchObject({ givenUp: 2 });
    expect(
      parsed(status.out)
        .givenUpRows.map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual([gone, waiting].sort());

    const replay = await cli('outbox-replay', '--given-up');
    expect(replay.code).toBe(0);
    expect(parsed(replay.out)).toEqual({ replayed: [gone], skipped: [{ id: waiting, reason: 'its job is waiting' }] });
    const [row] = await stack.db.query(`SELECT published_at, gave_up_at, redeliveries FROM outbox_event WHERE id = $1`, [gone]);
    expect(row).toEqual({ published_at: null, gave_up_at: null, redeliveries: 0 });
    expect((await cli('outbox-replay', randomUUID())).code).toBe(1);
  });

  it('verify-audit-chain exits 0 on an intact chain and 2 on a broken one (as a real process)', async () => {
    expect((await cli('verify-audit-chain')).code).toBe(0);
    await stack.db.query(
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete;
       UPDATE audit_event SET data = '{"tampered": true}' WHERE seq = (SELECT min(seq) FROM audit_event);
       ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`,
    );
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'cli', '--', 'verify-audit-chain'], { cwd: ROOT, env: process.env, stdio: 'ignore' });
      child.on('exit', (exit) => resolve(exit));
    });
    expect(code).toBe(2);
  }, 180_000);
});
