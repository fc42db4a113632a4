import { startTestStack, TestStack } from '@app/testing';

import { runJob, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
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
 * The time-based alerts and attestation events, with time moved by editing rows (the sweep reads
 * the database clock): each fires when due, once, to the right person only. Email is off here
 * (no SMTP_URL): in-app notifications alone.
 */
jest.setTimeout(180_000);

describe('notifications: time-based alerts and attestation events (e2e, worker)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let evaluator: Party;
  let vendor: Party;

  const kinds = async (party: Party): Promise<string[]> =>
    (await stack.db.query(`SELECT kind FROM notification WHERE recipient_user_id = $1 ORDER BY kind`, [party.userId])).map(
      (r: any) => r.kind,
    );
  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };

  /** A minimal valid bid of `amountMinor` EUR cents on the challenge. */
  const submitBid = (bidder: Party, challengeId: string, amountMinor: number) =>
    data(
      `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      { input: { challengeId, summary: 'Bid', technicalApproach: 'x', price: { amountMinor, currency: 'EUR' }, durationDays: 30 } },
      bidder.token,
    );

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    vendor = await registerVendor(stack.gql, { country: 'DK' });
  });
  afterAll(() => stack.close());

  it('warns of an attestation expiring within 30 days once, and tells its vendor of a challenge and a revocation', async () => {
    const attestation = await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(vendor)).toEqual([]); // a year away: not yet
    await stack.db.query(`UPDATE attestation SET expires_at = now() + interval '10 days' WHERE id = $1`, [attestation.id]);
    await runJob(stack, 'notifications.sweep', {});
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(vendor)).toEqual(['ATTESTATION_EXPIRING']);

    await data(
      `mutation C($id: ID!) { challengeAttestation(attestationId: $id, reason: "ownership unclear") { id } }`,
      { id: attestation.id },
      admin.token,
    );
    await waitFor(async () => (await kinds(vendor)).includes('ATTESTATION_CHALLENGED'), 20_000, 'challenged');
    await data(
      `mutation R($id: ID!) { revokeAttestation(attestationId: $id, reason: "ownership misrepresented") { id } }`,
      { id: attestation.id },
      admin.token,
    );
    await waitFor(async () => (await kinds(vendor)).includes('ATTESTATION_REVOKED'), 20_000, 'revoked');
    const inbox = (await data(`{ notifications { edges { node { kind body } } } }`, {}, vendor.token)).notifications.edges;
    expect(inbox.find((e: any) => e.node.kind === 'ATTESTATION_REVOKED').node.body).toContain('ownership misrepresented');
    expect(await kinds(officer)).toEqual([]);
  });

  it('reminds an evaluator of an assignment pending 24 hours, and tells officers when evaluation is blocked', async () => {
    const bidder = await registerVendor(stack.gql, { country: 'NO' });
    await attest(stack.gql, bidder, NATO_T4_ANSWERS);
    const challenge = await publishedChallenge(stack.gql, officer, { evaluatorsPerSubmission: 1 }, 4);
    await submitBid(bidder, challenge.id, 1_000_000);
    await data(
      `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`,
      { id: challenge.id, users: [evaluator.userId] },
      officer.token,
    );
    const assignment = await waitFor(
      async () => (await stack.db.query(`SELECT id FROM evaluation_assignment WHERE challenge_id = $1`, [challenge.id]))[0],
      60_000,
      'assignment',
    );
    await waitFor(async () => (await kinds(evaluator)).includes('ASSIGNMENT_RECEIVED'), 20_000, 'assignment notified');
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(evaluator)).toEqual(['ASSIGNMENT_RECEIVED']); // pending for seconds only

    await stack.db.query(`UPDATE evaluation_assignment SET assigned_at = now() - interval '25 hours' WHERE id = $1`, [assignment.id]);
    await runJob(stack, 'notifications.sweep', {});
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(evaluator)).toEqual(['ASSIGNMENT_RECEIVED', 'ASSIGNMENT_REMINDER']);

    // The only evaluator declares a conflict: the bid lacks an evaluator and the pool is exhausted.
    await data(
      `mutation C($id: ID!) { declareConflict(id: $id, reason: "former employer") { id } }`,
      { id: assignment.id },
      evaluator.token,
    );
    await waitFor(
      async () =>
        (
          await stack.db.query(
            `SELECT 1 FROM outbox_event WHERE job_name = 'evaluation.assign' AND processed_at IS NULL AND payload->>'challengeId' = $1`,
            [challenge.id],
          )
        ).length === 0,
      20_000,
      'reassignment round done',
    );
    await runJob(stack, 'notifications.sweep', {});
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(officer)).toEqual(['EVALUATION_BLOCKED']);
    expect(await kinds(bidder)).toEqual(['BID_RECEIVED', 'SCREENING_OUTCOME']);
  });

  it('warns each evaluator of a scoring deadline within 48 hours once, an evaluator assigned after the first alert too', async () => {
    const bidder = await registerVendor(stack.gql, { country: 'SE' });
    await attest(stack.gql, bidder, NATO_T4_ANSWERS);
    const first = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    const second = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    const challenge = await publishedChallenge(stack.gql, officer, { evaluatorsPerSubmission: 2 }, 4);
    await submitBid(bidder, challenge.id, 2_000_000);
    const invite = (userId: string) =>
      data(
        `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`,
        { id: challenge.id, users: [userId] },
        officer.token,
      );
    const assigned = (userId: string) =>
      waitFor(
        async () =>
          (
            await stack.db.query(`SELECT 1 FROM evaluation_assignment WHERE challenge_id = $1 AND evaluator_user_id = $2`, [
              challenge.id,
              userId,
            ])
          ).length > 0,
        60_000,
        'assignment',
      );
    await invite(first.userId);
    await assigned(first.userId);
    await waitFor(async () => (await kinds(first)).includes('ASSIGNMENT_RECEIVED'), 20_000, 'assignment notified');
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(first)).toEqual(['ASSIGNMENT_RECEIVED']); // no scoring deadline yet

    await stack.db.query(`UPDATE challenge SET scoring_deadline = now() + interval '30 hours' WHERE id = $1`, [challenge.id]);
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(first)).toEqual(['ASSIGNMENT_RECEIVED', 'SCORING_DEADLINE_APPROACHING']);

    // The pool was one short; the second evaluator joins after the alert went out, and still hears of it.
    await invite(second.userId);
    await assigned(second.userId);
    await waitFor(async () => (await kinds(second)).includes('ASSIGNMENT_RECEIVED'), 20_000, 'second assignment notified');
    await runJob(stack, 'notifications.sweep', {});
    await runJob(stack, 'notifications.sweep', {});
    expect(await kinds(second)).toEqual(['ASSIGNMENT_RECEIVED', 'SCORING_DEADLINE_APPROACHING']);
    expect(await kinds(first)).toEqual(['ASSIGNMENT_RECEIVED', 'SCORING_DEADLINE_APPROACHING']);
    expect(await kinds(bidder)).not.toContain('SCORING_DEADLINE_APPROACHING');
  });
});
