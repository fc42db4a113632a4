import { errorCode, startTestStack, TestStack } from '@app/testing';
import { Client } from 'pg';

import {
  adminLogin,
  createBuyerUser,
  createChallenge,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';

// The page size is written into the document (not a variable) so the cost limit can see it.
const LIST_OF = (first: number) => `query L($filter: ChallengeFilter, $after: String) {
  challenges(filter: $filter, first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status buyer { id } } } }
}`;
const WITH_RELATIONS = (first: number) =>
  `{ challenges(first: ${first}) { edges { node { id buyer { name } criteria { name } questions { text } amendments { reason } submissions { id } evaluationProgress { submissions missingEvaluators } ranking { rank } contracts { id milestones { id } } } } } }`;
const ASK = `mutation A($id: ID!, $text: String!) { askQuestion(challengeId: $id, text: $text) { id text answer askedAt answeredAt } }`;
const ANSWER = `mutation B($id: ID!, $answer: String!) { answerQuestion(questionId: $id, answer: $answer) { id text answer answeredAt } }`;
const QUESTIONS = `query Q($id: ID!) { challenge(id: $id) { questions { id text answer askedAt answeredAt } } }`;

describe('challenge discovery and Q&A (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  let otherOfficer: Party;
  let vendor: Party;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    otherOfficer = await createBuyerUser(stack.gql, admin);
    vendor = await registerVendor(stack.gql, { country: 'PL' });
    ids.radar = (await publishedChallenge(stack.gql, officer, { title: 'Passive radar for drone detection', tags: ['c-uas', 'radar'] })).id;
    ids.mesh = (
      await publishedChallenge(stack.gql, officer, {
        title: 'Mesh radios for dismounted soldiers',
        problemStatement: 'Resilient tactical networking under jamming.',
        tags: ['comms'],
      })
    ).id;
    ids.medevac = (
      await publishedChallenge(stack.gql, otherOfficer, {
        title: 'Autonomous casualty evacuation',
        problemStatement: 'Unmanned ground vehicles that carry casualties.',
        tags: ['ugv'],
      })
    ).id;
    ids.draft = (await createChallenge(stack.gql, officer, { title: 'Secret drone draft' })).id;
    ids.otherDraft = (await createChallenge(stack.gql, otherOfficer, { title: 'Other buyer drone draft' })).id;
  }, 180_000);
  afterAll(() => stack.close());

  const list = async ({ first = 10, ...variables }: Record<string, unknown>, token?: string) => {
    const res = await stack.gql(LIST_OF(first as number), variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!.challenges;
  };
  const titles = (page: { edges: { node: { title: string } }[] }) => page.edges.map((e) => e.node.title);

  it('shows published challenges to anyone, drafts only to their own buyer officers', async () => {
    const anonymous = await list({});
    expect(anonymous.totalCount).toBe(3);
    expect(titles(anonymous).sort()).toEqual([
      'Autonomous casualty evacuation',
      'Mesh radios for dismounted soldiers',
      'Passive radar for drone detection',
    ]);
    expect((await list({}, vendor.token)).totalCount).toBe(3);
    const own = await list({}, officer.token);
    expect(own.totalCount).toBe(4);
    expect(titles(own)).toContain('Secret drone draft');
    expect(titles(own)).not.toContain('Other buyer drone draft');
    expect((await list({ filter: { status: ['DRAFT'] } }, vendor.token)).totalCount).toBe(0);
  });

  it('searches title and problem statement with full-text search, filters by tag and buyer', async () => {
    expect(titles(await list({ filter: { search: 'drones' } }))).toEqual(['Passive radar for drone detection']);
    expect(titles(await list({ filter: { search: 'jamming' } }))).toEqual(['Mesh radios for dismounted soldiers']);
    expect(titles(await list({ filter: { search: 'casualty vehicles' } }))).toEqual(['Autonomous casualty evacuation']);
    expect(titles(await list({ filter: { search: 'drone' } }, officer.token)).sort()).toEqual([
      'Passive radar for drone detection',
      'Secret drone draft',
    ]);
    expect(titles(await list({ filter: { tag: 'RADAR' } }))).toEqual(['Passive radar for drone detection']);
    const byBuyer = await list({ filter: { buyerId: otherOfficer.organisationId } });
    expect(byBuyer.edges.map((e: { node: { buyer: { id: string } } }) => e.node.buyer.id)).toEqual([otherOfficer.organisationId]);
  });

  it('pages with a keyset cursor that stays stable when challenges are inserted meanwhile', async () => {
    const first = await list({ first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    await publishedChallenge(stack.gql, officer, { title: 'Inserted while paging' });
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...titles(first), ...titles(second)];
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(seen).not.toContain('Inserted while paging');
    expect(second.totalCount).toBe(4);
    expect(errorCode(await stack.gql(LIST_OF(2), { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(`{ challenges(first: 1000) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('resolves relations with a number of statements that does not grow with the page size', async () => {
    // Counted at the pg client: the hot reads go to the pool without TypeORM's query runner (plainQuery).
    const statements = async (first: number) => {
      let count = 0;
      const original = Client.prototype.query;
      (Client.prototype as any).query = function (this: Client, ...args: any[]) {
        count += 1;
        return (original as any).apply(this, args);
      };
      try {
        const res = await stack.gql(WITH_RELATIONS(first), {}, officer.token);
        expect(res.errors).toBeUndefined();
        expect(res.data?.challenges.edges).toHaveLength(first);
      } finally {
        Client.prototype.query = original;
      }
      return count;
    };
    const single = await statements(1);
    expect(single).toBeGreaterThan(3);
    expect(await statements(3)).toBe(single);
  });

  it('lets vendors ask while questions are open; answers are public, the asker never shown', async () => {
    const asked = await stack.gql(ASK, { id: ids.radar, text: 'Is a passive-only solution acceptable?' }, vendor.token);
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.askQuestion).toMatchObject({ text: 'Is a passive-only solution acceptable?', answer: null, answeredAt: null });
    const questionId = asked.data?.askQuestion.id;

    expect((await stack.gql(QUESTIONS, { id: ids.radar })).data?.challenge.questions).toEqual([]);
    expect((await stack.gql(QUESTIONS, { id: ids.radar }, otherOfficer.token)).data?.challenge.questions).toEqual([]);
    expect((await stack.gql(QUESTIONS, { id: ids.radar }, officer.token)).data?.challenge.questions).toHaveLength(1);

    expect(errorCode(await stack.gql(ANSWER, { id: questionId, answer: 'Not yours' }, otherOfficer.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(ANSWER, { id: questionId, answer: 'Vendor' }, vendor.token))).toBe('FORBIDDEN');
    const answered = await stack.gql(ANSWER, { id: questionId, answer: 'Yes, passive-only is acceptable.' }, officer.token);
    expect(answered.data?.answerQuestion.answer).toBe('Yes, passive-only is acceptable.');
    expect(errorCode(await stack.gql(ANSWER, { id: questionId, answer: 'Changed my mind' }, officer.token))).toBe('INVALID_STATE');

    const publicView = await stack.gql(`query Q($id: ID!) { challenge(id: $id) { questions { id text answer } } }`, { id: ids.radar });
    expect(publicView.data?.challenge.questions).toEqual([
      { id: questionId, text: 'Is a passive-only solution acceptable?', answer: 'Yes, passive-only is acceptable.' },
    ]);
    const byAsker = await stack.gql(`query Q($id: ID!) { challenge(id: $id) { questions { askedBy } } }`, { id: ids.radar });
    expect(byAsker.status).toBe(400);
  });

  it('refuses questions on drafts, from non-vendors and after the questions deadline (database clock)', async () => {
    expect(errorCode(await stack.gql(ASK, { id: ids.draft, text: 'Hello?' }, vendor.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(ASK, { id: ids.radar, text: 'Hello?' }, officer.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(ASK, { id: ids.radar, text: '   ' }, vendor.token))).toBe('BAD_USER_INPUT');
    const soon = await publishedChallenge(stack.gql, officer, { questionsDeadline: new Date(Date.now() + 1500).toISOString() }, 60);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(errorCode(await stack.gql(ASK, { id: soon.id, text: 'Too late?' }, vendor.token))).toBe('DEADLINE_PASSED');
  });
});
