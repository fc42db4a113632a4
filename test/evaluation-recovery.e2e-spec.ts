import { ChallengeClosingService } from '@app/solicitations';
import { errorCode, startTestStack, TestStack } from '@app/testing';

import { ACCEPT, APPROVE, MY_ASSIGNMENTS, PROGRESS, runJob, SCORE, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
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
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const CRITERIA = `query C($id: ID!) { challenge(id: $id) { criteria { id } } }`;

jest.setTimeout(120_000);

/** The workflow's edges: nothing eligible, every job lost in a Redis flush, and the T2+ verification rule. */
describe('evaluation workflow: recovery and award rules (e2e, with the worker)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let evaluator: Party;
  let vendor: Party;
  let attestationId: string;

  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const statusOf = async (id: string) => (await stack.db.query(`SELECT status FROM challenge WHERE id = $1`, [id]))[0].status as string;
  const bid = (challengeId: string) =>
    data(
      SUBMIT,
      {
        input: {
          challengeId,
          summary: 'Sensor mesh',
          technicalApproach: 'x',
          price: { amountMinor: 1_000_000, currency: 'EUR' },
          durationDays: 30,
        },
      },
      vendor.token,
    );

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    vendor = await registerVendor(stack.gql, { country: 'DE' });
    attestationId = (await attest(stack.gql, vendor, NATO_T4_ANSWERS)).id;
  });
  afterAll(() => stack.close());

  it('ends in NO_AWARD, audited, when nothing was submitted', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, {}, 3);
    await waitFor(async () => (await statusOf(challenge.id)) === 'NO_AWARD', 30_000, 'NO_AWARD');
    const trail = await stack.db.query(`SELECT action, data FROM audit_event WHERE entity_id = $1 AND action = 'challenge.no-award'`, [
      challenge.id,
    ]);
    expect(trail).toEqual([{ action: 'challenge.no-award', data: expect.objectContaining({ from: 'CLOSED', screened: 0 }) }]);
    expect((await data(PROGRESS, { id: challenge.id }, officer.token)).challenge.evaluationProgress).toMatchObject({
      submissions: 0,
      screened: 0,
      eligible: 0,
    });
  });

  it('screens out a bid whose frozen attestation is revoked after the vendor re-attested', async () => {
    const other = await registerVendor(stack.gql, { country: 'FR' });
    const first = await attest(stack.gql, other, NATO_T4_ANSWERS);
    const challenge = await publishedChallenge(stack.gql, officer, {}, 3);
    const bidId = (
      await data(
        SUBMIT,
        {
          input: {
            challengeId: challenge.id,
            summary: 'Radar',
            technicalApproach: 'x',
            price: { amountMinor: 900_000, currency: 'EUR' },
            durationDays: 30,
          },
        },
        other.token,
      )
    ).submitProposal.id;
    await attest(stack.gql, other, NATO_T4_ANSWERS); // version 2 supersedes the one the bid froze
    const revoked = await stack.gql(
      `mutation R($id: ID!) { revokeAttestation(attestationId: $id, reason: "Undisclosed 30 % holding") { status } }`,
      { id: first.id },
      admin.token,
    );
    expect(revoked.data?.revokeAttestation.status).toBe('REVOKED');
    await waitFor(async () => (await statusOf(challenge.id)) === 'NO_AWARD', 30_000, 'NO_AWARD');
    const [screening] = await stack.db.query(`SELECT eligible, reasons FROM submission_screening WHERE submission_id = $1`, [bidId]);
    expect(screening.eligible).toBe(false);
    expect(JSON.stringify(screening.reasons)).toMatch(/REVOKED/);
  });

  it('loses nothing when Redis loses every job: the sweep re-derives screening and assignment from the tables', async () => {
    const challenge = await publishedChallenge(
      stack.gql,
      officer,
      { evaluatorsPerSubmission: 1, classification: 'NATO_RESTRICTED', requiredTier: 'T2' },
      3,
    );
    await data(INVITE, { id: challenge.id, users: [evaluator.userId] }, officer.token);
    await bid(challenge.id);
    await stack.stopWorker();
    await waitFor(
      async () => (await stack.db.query(`SELECT now() >= $1::timestamptz AS due`, [challenge.submissionDeadline]))[0].due,
      10_000,
      'deadline',
    );
    expect(await stack.app.get(ChallengeClosingService).closeIfDue(challenge.id)).toBe('CLOSED');
    // A flush after the relay published: the rows count as delivered, the jobs are gone.
    await stack.db.query(`UPDATE outbox_event SET published_at = now(), processed_at = now() WHERE processed_at IS NULL`);
    await stack.queue.obliterate({ force: true });
    await stack.startWorker();
    expect(await statusOf(challenge.id)).toBe('CLOSED');

    await runJob(stack, 'evaluation.sweep', {});
    expect(await statusOf(challenge.id)).toBe('EVALUATING');
    expect(await stack.db.query(`SELECT evaluator_user_id FROM evaluation_assignment WHERE challenge_id = $1`, [challenge.id])).toEqual([
      { evaluator_user_id: evaluator.userId },
    ]);

    // The aggregate and rank jobs are lost as well; the sweep finishes the evaluation.
    const [assignment] = (await data(MY_ASSIGNMENTS, {}, evaluator.token)).myAssignments;
    await data(ACCEPT, { id: assignment.id }, evaluator.token);
    // Not blind: the evaluator who accepted sees who bid (to judge conflicts), but never the attestation.
    const seen = (
      await data(
        `query S($id: ID!) { submission(id: $id) { vendor { id } attestation { id } } }`,
        { id: assignment.submission.id },
        evaluator.token,
      )
    ).submission;
    expect(seen).toEqual({ vendor: { id: vendor.organisationId }, attestation: null });
    const criteria = (await data(CRITERIA, { id: challenge.id }, officer.token)).challenge.criteria;
    await data(
      SCORE,
      { id: assignment.id, scores: criteria.map((c: { id: string }) => ({ criterionId: c.id, score: 6, justification: 'solid' })) },
      evaluator.token,
    );
    await stack.db.query(`UPDATE outbox_event SET published_at = now(), processed_at = now() WHERE processed_at IS NULL`);
    await stack.queue.obliterate({ force: true });
    await runJob(stack, 'evaluation.sweep', {});
    expect(
      await stack.db.query(`SELECT total_score, rank, recommended FROM submission_result WHERE challenge_id = $1`, [challenge.id]),
    ).toEqual([{ total_score: 60, rank: 1, recommended: true }]);

    // T2: self-declared OS-2, OS-6, OS-7 and TS-7 are not enough for an award until an officer verified them.
    const refused = await stack.gql(APPROVE, { id: challenge.id, ids: [assignment.submission.id] }, officer.token);
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors?.[0].message).toContain('OS-2, OS-6, OS-7, TS-7 not verified');
    await data(
      `mutation V($id: ID!, $codes: [String!]!) { verifyAttestationCriteria(attestationId: $id, codes: $codes) { id } }`,
      { id: attestationId, codes: ['OS-2', 'OS-6', 'OS-7'] },
      officer.token,
    );
    expect((await stack.gql(APPROVE, { id: challenge.id, ids: [assignment.submission.id] }, officer.token)).errors?.[0].message).toContain(
      'TS-7 not verified',
    );
    await data(
      `mutation V($id: ID!, $codes: [String!]!) { verifyAttestationCriteria(attestationId: $id, codes: $codes) { id } }`,
      { id: attestationId, codes: ['TS-7'] },
      officer.token,
    );
    const awarded = (await data(APPROVE, { id: challenge.id, ids: [assignment.submission.id] }, officer.token)).approveAward;
    expect(awarded.status).toBe('AWARD_PENDING');
    expect(awarded.awardedAt).toEqual(expect.any(String));
  });
});
