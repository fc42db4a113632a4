import { errorCode, startTestStack, TestStack } from '@app/testing';

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

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const CRITERIA = `query C($id: ID!) { challenge(id: $id) { criteria { id } } }`;
const INBOX = `query N($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind title body link challengeId createdAt readAt } } pageInfo { hasNextPage endCursor } totalCount unreadCount } }`;

/**
 * A whole sprint through the API with the worker and a real SMTP server: who hears what, on which
 * channel, how often; nothing before its time; nothing that reveals a sealed bid.
 */
jest.setTimeout(240_000);

describe('notifications: a sprint, per person and channel (e2e, worker + SMTP)', () => {
  const smtp = new SmtpCapture();
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let evaluator: Party;
  let v1: Party; // French; saved search; asks; bids; wins
  let v2: Party; // no saved search; bids; loses
  let v3: Party; // saved search, but no attestation: not eligible, hears nothing
  let v4: Party; // saved search, digest for new challenges; never bids
  let challengeId: string;
  let deadline: number;
  const names = new Map<string, string>();
  const emails = new Map<string, string>();

  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  /** In-app rows as `person kind` → count. */
  const inApp = async (): Promise<Record<string, number>> => {
    const rows = await stack.db.query(`SELECT recipient_user_id AS u, kind, count(*)::int AS n FROM notification GROUP BY 1, 2`);
    return Object.fromEntries(rows.map((r: any) => [`${names.get(r.u) ?? r.u} ${r.kind}`, r.n]));
  };
  const has = (party: Party, kind: string) => async () =>
    (await stack.db.query(`SELECT 1 FROM notification WHERE recipient_user_id = $1 AND kind = $2`, [party.userId, kind])).length > 0;
  const mailsFor = () => {
    const table: Record<string, number> = {};
    for (const [key, n] of Object.entries(smtp.counts())) {
      const [to, kind] = key.split(' ');
      const who = [...emails.entries()].find(([, email]) => email === to)?.[0];
      table[`${names.get(who ?? '') ?? to} ${kind}`] = n;
    }
    return table;
  };

  beforeAll(async () => {
    await smtp.start();
    stack = await startTestStack({
      worker: true,
      env: { SMTP_URL: smtp.url, DIGEST_HOUR_UTC: '0', MAIL_FROM: 'Sprintgate <sg@e2e.test>' },
    });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    v1 = await registerVendor(stack.gql, { country: 'FR' });
    v2 = await registerVendor(stack.gql, { country: 'NO' });
    v3 = await registerVendor(stack.gql, { country: 'IT' });
    v4 = await registerVendor(stack.gql, { country: 'PL' });
    for (const v of [v1, v2, v4]) await attest(stack.gql, v, NATO_T4_ANSWERS);
    for (const [name, party] of Object.entries({ officer, evaluator, v1, v2, v3, v4 })) {
      names.set(party.userId, name);
      const [{ email }] = await stack.db.query(`SELECT email FROM app_user WHERE id = $1`, [party.userId]);
      emails.set(party.userId, email);
    }
    const SAVE = `mutation S($name: String!, $filter: ChallengeFilter!) { saveSearch(name: $name, filter: $filter) { id name filter } }`;
    for (const v of [v1, v3, v4]) await data(SAVE, { name: 'counter-drone', filter: { tag: 'C-UAS' } }, v.token);
    await data(`mutation { setMyLanguage(language: "fr") }`, {}, v1.token);
    await data(`mutation { setNotificationPreference(kind: CHALLENGE_PUBLISHED, email: DAILY_DIGEST) { kind email } }`, {}, v4.token);
  });
  afterAll(async () => {
    await stack?.close();
    await smtp.stop();
  });

  it('announces a new challenge to eligible vendors with a matching saved search, and nothing else yet', async () => {
    // Closes in 45 s: inside 48 h from the start, so the deadline alert is due at once.
    const challenge = await publishedChallenge(
      stack.gql,
      officer,
      { tags: ['c-uas'], evaluatorsPerSubmission: 1, standstillDays: 0, maxAwards: 1 },
      45,
    );
    challengeId = challenge.id;
    deadline = Date.parse(challenge.submissionDeadline);
    // A challenge no saved search matches, closing in five days: nobody hears of it, no deadline alert.
    await publishedChallenge(stack.gql, officer, { tags: ['maritime'], title: 'Harbour sonar' }, 5 * 86_400);
    await waitFor(has(v4, 'CHALLENGE_PUBLISHED'), 20_000, 'announcement');
    await waitFor(has(v1, 'CHALLENGE_PUBLISHED'), 20_000, 'announcement');
    const announced = await inApp();
    delete announced['v1 DEADLINE_APPROACHING'];
    delete announced['v4 DEADLINE_APPROACHING'];
    expect(announced).toEqual({ 'v1 CHALLENGE_PUBLISHED': 1, 'v4 CHALLENGE_PUBLISHED': 1 });

    const inbox = (await data(INBOX, {}, v1.token)).notifications;
    expect(inbox.edges[0].node).toMatchObject({
      kind: 'CHALLENGE_PUBLISHED',
      title: 'Nouveau défi : Counter-drone detection for forward bases',
      link: `/challenges/${challengeId}`,
      challengeId,
      readAt: null,
    });
    expect(inbox).toMatchObject({ totalCount: 1, unreadCount: 1 });
  });

  it('tells the officer of a question and the followers of its answer', async () => {
    const asked = await data(
      `mutation A($id: ID!) { askQuestion(challengeId: $id, text: "Is night-time detection required?") { id } }`,
      { id: challengeId },
      v1.token,
    );
    await waitFor(has(officer, 'QUESTION_ASKED'), 20_000, 'question notified');
    await data(
      `mutation A($id: ID!) { answerQuestion(questionId: $id, answer: "Yes, at night.") { id } }`,
      { id: asked.askQuestion.id },
      officer.token,
    );
    await waitFor(has(v4, 'QUESTION_ANSWERED'), 20_000, 'answer notified');
    await waitFor(has(v1, 'QUESTION_ANSWERED'), 20_000, 'answer notified');
    // Followers without a bid hear that the deadline is within 48 h (v2 follows nothing yet).
    await waitFor(has(v1, 'DEADLINE_APPROACHING'), 20_000, 'deadline alert');
    await waitFor(has(v4, 'DEADLINE_APPROACHING'), 20_000, 'deadline alert');
  });

  it('gives each bidder its own receipt and tells nobody else of a sealed bid', async () => {
    for (const [v, price] of [
      [v1, 9_000_000],
      [v2, 8_000_000],
    ] as const) {
      const input = {
        challengeId,
        summary: 'Radar and EO/IR fusion',
        technicalApproach: 'fusion',
        price: { amountMinor: price, currency: 'EUR' },
        durationDays: 60,
        milestones: [{ title: 'Prototype', sharePercent: 100, dueInDays: 30 }],
      };
      await data(SUBMIT, { input }, v.token);
      await waitFor(has(v, 'BID_RECEIVED'), 20_000, 'bid receipt');
    }
    const receipts = await stack.db.query(
      `SELECT n.recipient_organisation_id AS org, n.params, s.vendor_organisation_id AS vendor
         FROM notification n JOIN submission s ON s.challenge_id = n.challenge_id AND s.vendor_organisation_id = n.recipient_organisation_id
        WHERE n.kind = 'BID_RECEIVED'`,
    );
    expect(receipts).toHaveLength(2);
    for (const r of receipts) {
      expect(r.org).toBe(r.vendor);
      expect(r.params.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(r.params)).not.toMatch(/9000000|8000000|fusion/);
    }
    // Ten more seconds and a scoring deadline: every follower hears of the amendment; the deadline alert does not fire again.
    const soon = new Date(deadline + 10_000).toISOString();
    const scoring = new Date(Date.now() + 86_400_000).toISOString();
    await data(
      `mutation M($id: ID!, $input: AmendChallengeInput!) { amendChallenge(id: $id, input: $input, reason: "Operational urgency") { id } }`,
      { id: challengeId, input: { submissionDeadline: soon, scoringDeadline: scoring } },
      officer.token,
    );
    await waitFor(has(v2, 'CHALLENGE_AMENDED'), 20_000, 'amendment');
    const beforeClose = await inApp();
    expect(beforeClose).toEqual({
      'officer QUESTION_ASKED': 1,
      'v1 CHALLENGE_PUBLISHED': 1,
      'v1 QUESTION_ANSWERED': 1,
      'v1 BID_RECEIVED': 1,
      'v1 CHALLENGE_AMENDED': 1,
      'v1 DEADLINE_APPROACHING': 1,
      'v2 BID_RECEIVED': 1,
      'v2 CHALLENGE_AMENDED': 1,
      'v4 CHALLENGE_PUBLISHED': 1,
      'v4 QUESTION_ANSWERED': 1,
      'v4 CHALLENGE_AMENDED': 1,
      'v4 DEADLINE_APPROACHING': 1,
    });
  });

  it('follows the sprint through close, evaluation, award and delivery', async () => {
    await data(INVITE, { id: challengeId, users: [evaluator.userId] }, officer.token);
    const mine = await waitFor(
      async () => {
        const list = (await data(`{ myAssignments { id status } }`, {}, evaluator.token)).myAssignments;
        return list.length === 2 ? list : null;
      },
      60_000,
      'assignments',
    );
    await waitFor(has(evaluator, 'SCORING_DEADLINE_APPROACHING'), 30_000, 'scoring deadline alert');
    const criteria = (await data(CRITERIA, { id: challengeId }, officer.token)).challenge.criteria;
    const submissions = await stack.db.query(
      `SELECT a.id, s.vendor_organisation_id AS vendor FROM evaluation_assignment a JOIN submission s ON s.id = a.submission_id WHERE a.challenge_id = $1`,
      [challengeId],
    );
    for (const assignment of mine) {
      const score = submissions.find((s: any) => s.id === assignment.id).vendor === v1.organisationId ? 9 : 5;
      await data(`mutation A($id: ID!) { acceptAssignment(id: $id) { id } }`, { id: assignment.id }, evaluator.token);
      await data(
        `mutation S($id: ID!, $scores: [ScoreInput!]!) { submitScores(assignmentId: $id, scores: $scores) { id } }`,
        { id: assignment.id, scores: criteria.map((c: any) => ({ criterionId: c.id, score, justification: 'ok' })) },
        evaluator.token,
      );
    }
    await waitFor(has(officer, 'RANKING_READY'), 30_000, 'ranking');
    const [v1Bid] = await stack.db.query(`SELECT id FROM submission WHERE challenge_id = $1 AND vendor_organisation_id = $2`, [
      challengeId,
      v1.organisationId,
    ]);
    await data(
      `mutation W($id: ID!, $ids: [ID!]!) { approveAward(challengeId: $id, submissionIds: $ids, justification: "best score") { id } }`,
      { id: challengeId, ids: [v1Bid.id] },
      officer.token,
    );
    await waitFor(has(v1, 'CONTRACT_ISSUED'), 30_000, 'contract');
    await waitFor(has(v1, 'STANDSTILL_ENDED'), 30_000, 'standstill');
    const [contract] = await stack.db.query(`SELECT id FROM micro_contract WHERE challenge_id = $1`, [challengeId]);
    const [milestone] = await stack.db.query(`SELECT id FROM contract_milestone WHERE contract_id = $1`, [contract.id]);
    await data(`mutation S($id: ID!) { signContract(id: $id) { id } }`, { id: contract.id }, v1.token);
    await data(
      `mutation D($id: ID!) { deliverMilestone(id: $id, evidence: "Prototype demonstrated") { id } }`,
      { id: milestone.id },
      v1.token,
    );
    await data(`mutation A($id: ID!) { acceptMilestone(id: $id) { id } }`, { id: milestone.id }, officer.token);
    await data(`mutation P($id: ID!) { recordMilestonePayment(id: $id) { id } }`, { id: milestone.id }, officer.token);
    await waitFor(has(v1, 'PAYMENT_RECORDED'), 30_000, 'payment');
  });

  it('has produced exactly the expected notifications per person and channel', async () => {
    const expected: Record<string, number> = {
      'officer QUESTION_ASKED': 1,
      'officer RANKING_READY': 1,
      'officer MILESTONE_DELIVERED': 1,
      'evaluator ASSIGNMENT_RECEIVED': 2,
      'evaluator SCORING_DEADLINE_APPROACHING': 1,
      'v1 CHALLENGE_PUBLISHED': 1,
      'v1 QUESTION_ANSWERED': 1,
      'v1 BID_RECEIVED': 1,
      'v1 CHALLENGE_AMENDED': 1,
      'v1 DEADLINE_APPROACHING': 1,
      'v1 SCREENING_OUTCOME': 1,
      'v1 AWARD_DECIDED': 1,
      'v1 CONTRACT_ISSUED': 1,
      'v1 STANDSTILL_ENDED': 1,
      'v1 MILESTONE_ACCEPTED': 1,
      'v1 PAYMENT_RECORDED': 1,
      'v2 BID_RECEIVED': 1,
      'v2 CHALLENGE_AMENDED': 1,
      'v2 SCREENING_OUTCOME': 1,
      'v2 AWARD_DECIDED': 1,
      'v4 CHALLENGE_PUBLISHED': 1,
      'v4 QUESTION_ANSWERED': 1,
      'v4 CHALLENGE_AMENDED': 1,
      'v4 DEADLINE_APPROACHING': 1,
    };
    expect(await inApp()).toEqual(expected);
    // Email: immediate for every notification except v4's digest-preferred announcement, which
    // arrives in one daily digest; each mail once.
    const mail = { ...expected, 'v4 DAILY_DIGEST': 1 };
    delete (mail as Record<string, number>)['v4 CHALLENGE_PUBLISHED'];
    const total = Object.values(mail).reduce((a, b) => a + b, 0);
    await waitFor(async () => Object.values(smtp.counts()).reduce((a, b) => a + b, 0) >= total, 30_000, 'mail');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // anything extra would show now
    expect(mailsFor()).toEqual(mail);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(smtp.mails.length);
    const digest = smtp.mails.find((m) => m.kind === 'DAILY_DIGEST')!;
    expect(digest.raw).toContain('Counter-drone detection');
    const french = smtp.mails.filter((m) => m.to.includes(emails.get(v1.userId)!));
    expect(french.every((m) => m.raw.includes('Bonjour'))).toBe(true);
    expect(smtp.mails.filter((m) => m.to.includes(emails.get(v2.userId)!)).every((m) => m.raw.includes('Hello'))).toBe(true);
    // Nothing reached v3 (no attestation: not eligible) and nothing told of the harbour challenge.
    expect(Object.keys(await inApp()).some((k) => k.startsWith('v3'))).toBe(false);
  });

  it('pages the inbox, marks read only what is yours, and keeps preferences and searches private', async () => {
    const page1 = (await data(INBOX, { first: 4 }, v1.token)).notifications;
    expect(page1).toMatchObject({ totalCount: 11, unreadCount: 11, pageInfo: { hasNextPage: true } });
    const page2 = (await data(INBOX, { first: 10, after: page1.pageInfo.endCursor }, v1.token)).notifications;
    expect(page2.edges).toHaveLength(7);
    const ids = new Set([...page1.edges, ...page2.edges].map((e: any) => e.node.id));
    expect(ids.size).toBe(11);
    expect(errorCode(await stack.gql(INBOX, { after: 'bm90LWEtY3Vyc29y' }, v1.token))).toBe('BAD_USER_INPUT');

    const officerInbox = (await data(INBOX, {}, officer.token)).notifications.edges.map((e: any) => e.node.id);
    const MARK = `mutation M($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
    // Another user's notification changes nothing and is not revealed.
    expect((await data(MARK, { ids: [officerInbox[0]] }, v1.token)).markNotificationsRead).toBe(11);
    expect((await data(MARK, { ids: [page1.edges[0].node.id] }, v1.token)).markNotificationsRead).toBe(10);
    expect((await data(`{ unreadNotificationCount }`, {}, v1.token)).unreadNotificationCount).toBe(10);
    expect((await data(INBOX, { unreadOnly: true }, v1.token)).notifications.totalCount).toBe(10);
    expect((await data(MARK, { all: true }, v1.token)).markNotificationsRead).toBe(0);
    expect((await data(`{ unreadNotificationCount }`, {}, officer.token)).unreadNotificationCount).toBe(3);
    expect(errorCode(await stack.gql(MARK, {}, v1.token))).toBe('BAD_USER_INPUT');

    const prefs = (await data(`{ notificationPreferences { kind email } }`, {}, evaluator.token)).notificationPreferences;
    expect(prefs).toEqual([
      { kind: 'ASSIGNMENT_RECEIVED', email: 'IMMEDIATE' },
      { kind: 'ASSIGNMENT_REMINDER', email: 'IMMEDIATE' },
      { kind: 'SCORING_DEADLINE_APPROACHING', email: 'IMMEDIATE' },
    ]);
    const v4Prefs = (await data(`{ notificationPreferences { kind email } }`, {}, v4.token)).notificationPreferences;
    expect(v4Prefs).toHaveLength(15);
    expect(v4Prefs).toContainEqual({ kind: 'CHALLENGE_PUBLISHED', email: 'DAILY_DIGEST' });
    expect(
      errorCode(await stack.gql(`mutation { setNotificationPreference(kind: QUESTION_ASKED, email: OFF) { kind } }`, {}, v4.token)),
    ).toBe('BAD_USER_INPUT');

    const mineV1 = (await data(`{ savedSearches { id name filter } }`, {}, v1.token)).savedSearches;
    expect(mineV1).toEqual([{ id: expect.any(String), name: 'counter-drone', filter: { tag: 'c-uas' } }]);
    const DELETE = `mutation D($id: ID!) { deleteSavedSearch(id: $id) }`;
    expect(errorCode(await stack.gql(DELETE, { id: mineV1[0].id }, v4.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(`{ savedSearches { id } }`, {}, officer.token))).toBe('FORBIDDEN');
    expect((await data(DELETE, { id: mineV1[0].id }, v1.token)).deleteSavedSearch).toBe(true);
    expect(errorCode(await stack.gql(DELETE, { id: mineV1[0].id }, v1.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(`mutation { setMyLanguage(language: "de") }`, {}, v1.token))).toBe('BAD_USER_INPUT');
  });
});
