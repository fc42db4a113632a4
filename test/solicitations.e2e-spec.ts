import { errorCode, startTestStack, TestStack } from '@app/testing';

import {
  adminLogin,
  CHALLENGE_FIELDS,
  challengeInput,
  createBuyerUser,
  createChallenge,
  Party,
  publish,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';

const CREATE = `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} } }`;
const PUBLISH = `mutation P($id: ID!) { publishChallenge(id: $id) { ${CHALLENGE_FIELDS} } }`;
const AMEND = `mutation A($id: ID!, $input: AmendChallengeInput!, $reason: String!) { amendChallenge(id: $id, input: $input, reason: $reason) { ${CHALLENGE_FIELDS} } }`;
const CANCEL = `mutation X($id: ID!, $reason: String!) { cancelChallenge(id: $id, reason: $reason) { id status } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const GET = `query G($id: ID!) { challenge(id: $id) { id status title problemStatement amendments { reason changes } } }`;

describe('challenges (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let colleague: Party;
  let foreignOfficer: Party;
  let vendor: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    colleague = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId });
    foreignOfficer = await createBuyerUser(stack.gql, admin);
    vendor = await registerVendor(stack.gql);
  });
  afterAll(() => stack.close());

  const audits = async (entityId: string) =>
    (await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [entityId])).map(
      (r: { action: string }) => r.action,
    );

  it('drafts with defaults, an OCDS id and the buyer; publishes and schedules the close at the deadline', async () => {
    const draft = await createChallenge(stack.gql, officer, { tags: [' C-UAS', 'c-uas', 'Sensors'] });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      ocid: `ocds-sgate01-${draft.id}`,
      evaluatorsPerSubmission: 3,
      standstillDays: 10,
      blindEvaluation: false,
      tags: ['c-uas', 'sensors'],
      buyer: { id: officer.organisationId },
      criteria: [
        { name: 'Technical merit', weight: 60 },
        { name: 'Team', weight: 40 },
      ],
      publishedAt: null,
    });
    const updated = await stack.gql(
      UPDATE,
      { id: draft.id, input: { title: 'Night-time counter-drone detection', criteria: [{ name: 'Merit', description: '', weight: 100 }] } },
      colleague.token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateChallenge).toMatchObject({
      title: 'Night-time counter-drone detection',
      criteria: [{ name: 'Merit', weight: 100 }],
    });

    const published = await stack.gql(PUBLISH, { id: draft.id }, officer.token);
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishChallenge.status).toBe('PUBLISHED');
    const [job] = await stack.db.query(`SELECT payload, run_at FROM outbox_event WHERE job_name = 'challenge.close'`);
    expect(job.payload).toEqual({ challengeId: draft.id });
    expect(new Date(job.run_at).toISOString()).toBe(published.data?.publishChallenge.submissionDeadline);

    expect(errorCode(await stack.gql(UPDATE, { id: draft.id, input: { title: 'Too late' } }, officer.token))).toBe('INVALID_STATE');
    expect(errorCode(await stack.gql(PUBLISH, { id: draft.id }, officer.token))).toBe('INVALID_STATE');
    expect(await audits(draft.id)).toEqual(['challenge.created', 'challenge.updated', 'challenge.published']);
  });

  it('reports every validation problem in one BAD_USER_INPUT and writes nothing', async () => {
    const before = await stack.db.query(`SELECT count(*)::int AS n FROM challenge`);
    const res = await stack.gql(
      CREATE,
      {
        input: challengeInput({
          criteria: [
            { name: 'A', description: '', weight: 0 },
            { name: 'B', description: '', weight: 30 },
          ],
          maxContractValue: { amountMinor: 60_000_000, currency: 'EUR' },
          questionsDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          classification: 'NATO_RESTRICTED',
          requiredTier: 'T1',
          maxAwards: 0,
          evaluatorsPerSubmission: 11,
          standstillDays: 61,
        }),
      },
      officer.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.problems).toEqual([
      'criterion 1 (A) weight must be an integer of at least 1 (got 0)',
      'criteria weights must sum to 100 (got 30)',
      'maxContractValue (60000000) must not exceed the budget (50000000)',
      'maxAwards must be at least 1 (got 0)',
      'evaluatorsPerSubmission must be 1..10 (got 11)',
      'standstillDays must be 0..60 (got 61)',
      'questionsDeadline must be before submissionDeadline',
      'requiredTier T1 is below T2, the tier NATO_RESTRICTED demands',
    ]);
    const tooSecret = await stack.gql(
      CREATE,
      { input: challengeInput({ classification: 'NATO_SECRET', requiredTier: 'T4' }) },
      officer.token,
    );
    expect(tooSecret.errors?.[0].extensions?.problems).toEqual([
      'classification NATO_SECRET is above NATO_RESTRICTED, the highest this platform is accredited for',
    ]);
    const badCurrency = await stack.gql(CREATE, { input: challengeInput({ budget: { amountMinor: 1, currency: 'euro' } }) }, officer.token);
    expect(errorCode(badCurrency)).toBe('BAD_USER_INPUT');
    const twoCurrencies = await stack.gql(
      CREATE,
      { input: challengeInput({ maxContractValue: { amountMinor: 1, currency: 'USD' } }) },
      officer.token,
    );
    expect(twoCurrencies.errors?.[0].extensions?.problems).toEqual([
      'budget and maxContractValue must be in one currency (got EUR and USD)',
    ]);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM challenge`)).toEqual(before);
  });

  it('refuses to publish a deadline closer than the minimum window (database clock)', async () => {
    const draft = await createChallenge(stack.gql, officer, {}, 1);
    const res = await stack.gql(PUBLISH, { id: draft.id }, officer.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/submissionDeadline must be at least 2 s from now/);
  });

  it('lets only officers of the buying organisation act, and hides drafts from everyone else', async () => {
    const draft = await createChallenge(stack.gql, officer);
    expect(errorCode(await stack.gql(CREATE, { input: challengeInput() }, vendor.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(PUBLISH, { id: draft.id }, foreignOfficer.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(CANCEL, { id: draft.id, reason: 'mine now' }, foreignOfficer.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(PUBLISH, { id: 'not-a-uuid' }, officer.token))).toBe('NOT_FOUND');
    for (const viewer of [foreignOfficer.token, vendor.token, undefined]) {
      expect((await stack.gql(GET, { id: draft.id }, viewer)).data?.challenge).toBeNull();
    }
    expect((await stack.gql(GET, { id: draft.id }, colleague.token)).data?.challenge.id).toBe(draft.id);
    expect((await stack.gql(GET, { id: draft.id }, admin.token)).data?.challenge.id).toBe(draft.id);
    await publish(stack.gql, officer, draft.id);
    expect((await stack.gql(GET, { id: draft.id })).data?.challenge.status).toBe('PUBLISHED');
    expect(errorCode(await stack.gql(AMEND, { id: draft.id, input: { problemStatement: 'x' }, reason: 'r' }, foreignOfficer.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('amends a published challenge with a recorded reason, deadlines only later, and re-schedules the close', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, { questionsDeadline: new Date(Date.now() + 3_600_000).toISOString() });
    const old = challenge.submissionDeadline as string;
    const later = new Date(Date.parse(old) + 86_400_000).toISOString();
    const res = await stack.gql(
      AMEND,
      {
        id: challenge.id,
        input: { problemStatement: 'Detect and classify swarms too.', submissionDeadline: later },
        reason: 'Scope clarified after industry day',
      },
      officer.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.amendChallenge).toMatchObject({
      submissionDeadline: later,
      amendments: [
        {
          reason: 'Scope clarified after industry day',
          changes: {
            problemStatement: { old: challenge.problemStatement ?? expect.any(String), new: 'Detect and classify swarms too.' },
            submissionDeadline: { old, new: later },
          },
        },
      ],
    });
    const jobs = await stack.db.query(
      `SELECT run_at FROM outbox_event WHERE job_name = 'challenge.close' AND payload->>'challengeId' = $1 ORDER BY created_at`,
      [challenge.id],
    );
    expect(jobs.map((j: { run_at: Date }) => new Date(j.run_at).toISOString())).toEqual([old, later]);

    const earlier = await stack.gql(AMEND, { id: challenge.id, input: { submissionDeadline: old }, reason: 'oops' }, officer.token);
    expect(errorCode(earlier)).toBe('BAD_USER_INPUT');
    expect(earlier.errors?.[0].extensions?.problems).toContain('submissionDeadline may only move later');
    expect(errorCode(await stack.gql(AMEND, { id: challenge.id, input: { problemStatement: 'again' }, reason: '  ' }, officer.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await stack.gql(AMEND, { id: challenge.id, input: {}, reason: 'nothing' }, officer.token))).toBe('BAD_USER_INPUT');
    const publicView = await stack.gql(GET, { id: challenge.id });
    expect(publicView.data?.challenge.amendments).toHaveLength(1);
    expect(await audits(challenge.id)).toEqual(['challenge.created', 'challenge.published', 'challenge.amended']);
  });

  it('refuses to amend once the deadline has passed, even before the closer ran (database clock)', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, {}, 3);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(challenge.submissionDeadline) - Date.now() + 200));
    // No worker in this suite: the challenge is still PUBLISHED, but its window is over.
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const res = await stack.gql(
      AMEND,
      { id: challenge.id, input: { submissionDeadline: later, problemStatement: 'Reopened' }, reason: 'Too few bids' },
      officer.token,
    );
    expect(errorCode(res)).toBe('DEADLINE_PASSED');
    const [row] = await stack.db.query(`SELECT status, submission_deadline, problem_statement FROM challenge WHERE id = $1`, [
      challenge.id,
    ]);
    expect(row.status).toBe('PUBLISHED');
    expect(new Date(row.submission_deadline).toISOString()).toBe(challenge.submissionDeadline);
    expect(row.problem_statement).not.toBe('Reopened');
    expect(await stack.db.query(`SELECT id FROM challenge_amendment WHERE challenge_id = $1`, [challenge.id])).toEqual([]);
    expect(await audits(challenge.id)).toEqual(['challenge.created', 'challenge.published']);
  });

  it('refuses blank titles and criterion names, and malformed evaluator ids, with BAD_USER_INPUT', async () => {
    const before = await stack.db.query(`SELECT count(*)::int AS n FROM challenge`);
    const blank = await stack.gql(
      CREATE,
      { input: challengeInput({ title: '   ', criteria: [{ name: ' ', description: 'd', weight: 100 }] }) },
      officer.token,
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.problems).toEqual(['title must not be blank', 'criterion 1 name must not be blank']);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM challenge`)).toEqual(before);
    const draft = await createChallenge(stack.gql, officer);
    expect(errorCode(await stack.gql(UPDATE, { id: draft.id, input: { title: '  ' } }, officer.token))).toBe('BAD_USER_INPUT');
    // 36 characters of [0-9a-f-] that are not a UUID: must not reach PostgreSQL as a uuid.
    const malformed = '-'.repeat(36);
    const invite = await stack.gql(INVITE, { id: draft.id, users: [malformed] }, officer.token);
    expect(errorCode(invite)).toBe('BAD_USER_INPUT');
    expect(invite.errors?.[0].extensions?.problems).toEqual([`user id "${malformed}" is not an id`]);
  });

  it('cancels with a reason from any state before award, never twice', async () => {
    const draft = await createChallenge(stack.gql, officer);
    expect(errorCode(await stack.gql(CANCEL, { id: draft.id, reason: ' ' }, officer.token))).toBe('BAD_USER_INPUT');
    expect((await stack.gql(CANCEL, { id: draft.id, reason: 'Requirement withdrawn' }, officer.token)).data?.cancelChallenge.status).toBe(
      'CANCELLED',
    );
    expect(errorCode(await stack.gql(CANCEL, { id: draft.id, reason: 'again' }, officer.token))).toBe('INVALID_STATE');
    const published = await publishedChallenge(stack.gql, officer);
    expect((await stack.gql(CANCEL, { id: published.id, reason: 'Budget cut' }, officer.token)).data?.cancelChallenge.status).toBe(
      'CANCELLED',
    );
    const [row] = await stack.db.query(`SELECT cancel_reason, cancelled_at FROM challenge WHERE id = $1`, [published.id]);
    expect(row.cancel_reason).toBe('Budget cut');
    expect(await audits(published.id)).toEqual(['challenge.created', 'challenge.published', 'challenge.cancelled']);
  });

  it("invites evaluators: the buying organisation's EVALUATOR users only, never the creator, idempotent", async () => {
    const challenge = await createChallenge(stack.gql, officer);
    const evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    const foreignEvaluator = await createBuyerUser(stack.gql, admin, {
      organisationId: foreignOfficer.organisationId,
      roles: ['EVALUATOR'],
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    // Another buyer's evaluator, a colleague without the role, a vendor and a missing id all read
    // the same: NOT_FOUND, with no role or organisation revealed.
    for (const userId of [foreignEvaluator.userId, officer.userId, vendor.userId, missing]) {
      const res = await stack.gql(INVITE, { id: challenge.id, users: [userId] }, officer.token);
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(`user ${userId} not found`);
      expect(res.errors?.[0].extensions?.problems).toEqual([`user ${userId} not found`]);
    }
    const bad = await stack.gql(INVITE, { id: challenge.id, users: [evaluator.userId, foreignEvaluator.userId] }, officer.token);
    expect(errorCode(bad)).toBe('NOT_FOUND');
    expect(bad.errors?.[0].extensions?.problems).toEqual([`user ${foreignEvaluator.userId} not found`]);
    const selfEvaluating = await createBuyerUser(stack.gql, admin, {
      organisationId: officer.organisationId,
      roles: ['OFFICER', 'EVALUATOR'],
    });
    const own = await createChallenge(stack.gql, selfEvaluating);
    const self = await stack.gql(INVITE, { id: own.id, users: [selfEvaluating.userId] }, selfEvaluating.token);
    expect(self.errors?.[0].extensions?.problems).toEqual([`user ${selfEvaluating.userId} created this challenge and may not evaluate it`]);
    expect((await stack.gql(INVITE, { id: challenge.id, users: [evaluator.userId] }, officer.token)).errors).toBeUndefined();
    expect((await stack.gql(INVITE, { id: challenge.id, users: [evaluator.userId] }, colleague.token)).errors).toBeUndefined();
    expect(await stack.db.query(`SELECT user_id FROM challenge_evaluator WHERE challenge_id = $1`, [challenge.id])).toEqual([
      { user_id: evaluator.userId },
    ]);
    expect(errorCode(await stack.gql(INVITE, { id: challenge.id, users: [evaluator.userId] }, foreignOfficer.token))).toBe('NOT_FOUND');
    expect(await audits(challenge.id)).toEqual(['challenge.created', 'challenge.evaluators-invited']);
  });
});
