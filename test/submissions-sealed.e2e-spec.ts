import { ChallengeClosingService } from '@app/solicitations';
import { errorCode, startTestStack, TestStack } from '@app/testing';

import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const SUBMISSIONS = `query C($id: ID!) { challenge(id: $id) { status closedAt submissions { id summary price { amountMinor } vendor { id } attestation { id } } } }`;
const ONE = `query O($id: ID!) { submission(id: $id) { id summary price { amountMinor } } }`;

const waitFor = async <T>(probe: () => Promise<T | null | undefined>, timeoutMs: number): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('sealed bids and closing (e2e, with the worker)', () => {
  let stack: TestStack;
  let officer: Party;
  let foreignOfficer: Party;
  let evaluator: Party;
  let auditor: Party;
  let admin: Party;
  let alpha: Party;
  let beta: Party;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    foreignOfficer = await createBuyerUser(stack.gql, admin);
    evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    auditor = await createBuyerUser(stack.gql, admin, { roles: ['AUDITOR'] });
    alpha = await registerVendor(stack.gql, { country: 'NO' });
    beta = await registerVendor(stack.gql, { country: 'IT' });
    await attest(stack.gql, alpha, NATO_T4_ANSWERS);
    await attest(stack.gql, beta, NATO_T4_ANSWERS);
  });
  afterAll(() => stack.close());

  const bid = async (vendor: Party, challengeId: string, summary: string) => {
    const res = await stack.gql(
      SUBMIT,
      { input: { challengeId, summary, technicalApproach: 'x', price: { amountMinor: 1_000_000, currency: 'EUR' }, durationDays: 30 } },
      vendor.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.submitProposal.id as string;
  };

  it('hides bids from everyone but their vendor until close, then opens them to the buyer', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, {}, 4);
    const alphaBid = await bid(alpha, challenge.id, 'Alpha proposal');
    const betaBid = await bid(beta, challenge.id, 'Beta proposal');

    const alphaView = await stack.gql(SUBMISSIONS, { id: challenge.id }, alpha.token);
    expect(alphaView.data?.challenge.submissions).toEqual([
      {
        id: alphaBid,
        summary: 'Alpha proposal',
        price: { amountMinor: 1_000_000 },
        vendor: { id: alpha.organisationId },
        attestation: { id: expect.any(String) },
      },
    ]);
    for (const outsider of [officer, foreignOfficer, evaluator, auditor, admin]) {
      const view = await stack.gql(SUBMISSIONS, { id: challenge.id }, outsider.token);
      expect(view.data?.challenge.submissions).toEqual([]);
      expect(errorCode(await stack.gql(ONE, { id: alphaBid }, outsider.token))).toBe('NOT_FOUND');
    }
    expect((await stack.gql(SUBMISSIONS, { id: challenge.id })).data?.challenge.submissions).toEqual([]);
    expect(errorCode(await stack.gql(ONE, { id: alphaBid }, beta.token))).toBe('NOT_FOUND');
    expect((await stack.gql(ONE, { id: betaBid }, beta.token)).data?.submission.summary).toBe('Beta proposal');

    const denied = await stack.db.query(`SELECT actor_id, entity_type FROM audit_event WHERE action = 'submission.access-denied'`);
    expect(denied).toEqual(
      expect.arrayContaining([
        { actor_id: officer.userId, entity_type: 'Submission' },
        { actor_id: admin.userId, entity_type: 'Challenge' },
        { actor_id: beta.userId, entity_type: 'Submission' },
      ]),
    );

    const closed = await waitFor(async () => {
      const res = await stack.gql(SUBMISSIONS, { id: challenge.id }, officer.token);
      // Closed when closedAt is set: screening at close moves the status straight on (EVALUATING or NO_AWARD).
      return res.data?.challenge.closedAt ? res.data.challenge : null;
    }, 15_000);
    expect(Date.parse(closed.closedAt)).toBeGreaterThanOrEqual(Date.parse(challenge.submissionDeadline));
    expect(closed.submissions.map((s: { summary: string }) => s.summary).sort()).toEqual(['Alpha proposal', 'Beta proposal']);
    expect((await stack.gql(ONE, { id: alphaBid }, officer.token)).data?.submission.price.amountMinor).toBe(1_000_000);
    for (const outsider of [foreignOfficer, evaluator, auditor]) {
      expect((await stack.gql(SUBMISSIONS, { id: challenge.id }, outsider.token)).data?.challenge.submissions).toEqual([]);
    }
    expect(
      (await stack.gql(SUBMISSIONS, { id: challenge.id }, beta.token)).data?.challenge.submissions.map((s: { id: string }) => s.id),
    ).toEqual([betaBid]);
    const trail = await stack.db.query(`SELECT action, actor_id FROM audit_event WHERE entity_id = $1 AND action = 'challenge.closed'`, [
      challenge.id,
    ]);
    expect(trail).toEqual([{ action: 'challenge.closed', actor_id: null }]);
  });

  it('closes a challenge whose delayed job was lost from Redis, through the sweeper', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, {}, 3);
    const [job] = await waitFor(async () => {
      const rows = await stack.db.query(
        `SELECT id FROM outbox_event WHERE job_name = 'challenge.close' AND payload->>'challengeId' = $1 AND published_at IS NOT NULL`,
        [challenge.id],
      );
      return rows.length ? rows : null;
    }, 5_000);
    expect(await stack.queue.getJob(job.id)).toBeDefined();
    await stack.queue.remove(job.id);
    expect(await stack.queue.getJob(job.id)).toBeUndefined();
    // Also as if the relay had given up on it: only the sweeper is left to close the challenge.
    await stack.db.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1`, [job.id]);

    const closed = await waitFor(async () => {
      const [row] = await stack.db.query(`SELECT status, closed_at FROM challenge WHERE id = $1`, [challenge.id]);
      return row.closed_at ? row : null;
    }, 12_000);
    const lateBy = new Date(closed.closed_at).getTime() - Date.parse(challenge.submissionDeadline);
    expect(lateBy).toBeGreaterThanOrEqual(0);
    expect(lateBy).toBeLessThan(10_000);
  });

  it('runs the close job idempotently and leaves challenges not due or cancelled alone', async () => {
    const closing = stack.worker!.get(ChallengeClosingService);
    const early = await publishedChallenge(stack.gql, officer, {}, 3600);
    expect(await closing.closeIfDue(early.id)).toBe('SKIPPED');
    const done = await publishedChallenge(stack.gql, officer, {}, 3);
    const cancelled = await publishedChallenge(stack.gql, officer, {}, 3);
    await stack.gql(
      `mutation X($id: ID!) { cancelChallenge(id: $id, reason: "Need withdrawn") { id } }`,
      { id: cancelled.id },
      officer.token,
    );
    await waitFor(
      async () => (await stack.db.query(`SELECT 1 FROM challenge WHERE id = $1 AND closed_at IS NOT NULL`, [done.id])).length > 0,
      12_000,
    );
    expect(await closing.closeIfDue(done.id)).toBe('SKIPPED');
    expect(await closing.closeIfDue(cancelled.id)).toBe('SKIPPED');
    expect(await stack.db.query(`SELECT status, closed_at FROM challenge WHERE id = $1`, [cancelled.id])).toEqual([
      { status: 'CANCELLED', closed_at: null },
    ]);
    expect(
      await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'challenge.closed'`, [done.id]),
    ).toEqual([{ n: 1 }]);
  });
});
