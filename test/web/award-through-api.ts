/**
 * The buyer's side of a sprint, driven through the public GraphQL API while a vendor works in the
 * browser: an officer and an evaluator, challenges, and after the vendor's bid the close, the
 * scoring, the award and the contract the worker issues. Only the clock is moved by SQL (the
 * deadline and the standstill), as the contract suites do.
 */
import { ACCEPT, APPROVE, MY_ASSIGNMENTS, SCORE, waitFor } from '../../libs/evaluation/test-support/evaluation-fixtures';
import { adminLogin, createBuyerUser, Party, publishedChallenge } from '../../libs/solicitations/test-support/marketplace-fixtures';
import type { TestStack } from '../support';

export interface Buyer {
  officer: Party;
  evaluator: Party;
}

async function data(stack: TestStack, query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const res = await stack.gql(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function createBuyer(stack: TestStack): Promise<Buyer> {
  const admin = await adminLogin(stack.gql);
  const officer = await createBuyerUser(stack.gql, admin);
  const evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
  return { officer, evaluator };
}

/** A published challenge with one evaluator per bid, the buyer's evaluator invited; returns its id. */
export async function challengeFor(stack: TestStack, buyer: Buyer, overrides: Record<string, unknown>): Promise<string> {
  const challenge = await publishedChallenge(
    stack.gql,
    buyer.officer,
    { evaluatorsPerSubmission: 1, standstillDays: 1, maxAwards: 1, ...overrides },
    3600,
  );
  await data(
    stack,
    `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`,
    { id: challenge.id, users: [buyer.evaluator.userId] },
    buyer.officer.token,
  );
  return challenge.id as string;
}

export async function answerQuestions(stack: TestStack, buyer: Buyer, challengeId: string, answer: string): Promise<void> {
  const { challenge } = await data(
    stack,
    `query Q($id: ID!) { challenge(id: $id) { questions { id answer } } }`,
    { id: challengeId },
    buyer.officer.token,
  );
  for (const q of challenge.questions.filter((x: any) => !x.answer))
    await data(
      stack,
      `mutation A($q: ID!, $a: String!) { answerQuestion(questionId: $q, answer: $a) { id } }`,
      { q: q.id, a: answer },
      buyer.officer.token,
    );
}

/**
 * Moves the deadline into the past (the worker's sweeper then closes and screens), scores every
 * bid through the evaluator's assignments, approves the award of the recommended bid and waits for
 * the worker to issue its contract. Returns the awarded submission id.
 */
export async function closeScoreAndAward(stack: TestStack, buyer: Buyer, challengeId: string, justification: string): Promise<string> {
  await stack.db.query(
    `UPDATE challenge SET submission_deadline = now() - interval '1 second', questions_deadline = LEAST(questions_deadline, now() - interval '2 seconds') WHERE id = $1`,
    [challengeId],
  );
  const { challenge } = await data(
    stack,
    `query C($id: ID!) { challenge(id: $id) { criteria { id } } }`,
    { id: challengeId },
    buyer.officer.token,
  );
  const assignments = await waitFor(
    async () => {
      // The evaluator may hold finished assignments of earlier sprints: only this close's are pending.
      const mine = ((await data(stack, MY_ASSIGNMENTS, {}, buyer.evaluator.token)).myAssignments as any[]).filter(
        (a) => a.status === 'PENDING',
      );
      return mine.length ? mine : null;
    },
    60_000,
    'assignment after close',
  );
  for (const assignment of assignments) {
    await data(stack, ACCEPT, { id: assignment.id }, buyer.evaluator.token);
    const scores = challenge.criteria.map((c: { id: string }, i: number) => ({
      criterionId: c.id,
      score: 8 - i,
      justification: `${justification} ${i + 1}`,
    }));
    await data(stack, SCORE, { id: assignment.id, scores }, buyer.evaluator.token);
  }
  const ranking = await waitFor(
    async () =>
      (
        await data(
          stack,
          `query R($id: ID!) { challenge(id: $id) { ranking { recommended submission { id } } } }`,
          { id: challengeId },
          buyer.officer.token,
        )
      ).challenge.ranking,
    60_000,
    'ranking',
  );
  const winner = ranking.find((r: any) => r.recommended).submission.id as string;
  await data(stack, APPROVE, { id: challengeId, ids: [winner], j: null }, buyer.officer.token);
  await waitFor(
    async () =>
      (await data(stack, `query C($id: ID!) { challenge(id: $id) { status } }`, { id: challengeId }, buyer.officer.token)).challenge
        .status === 'AWARDED',
    60_000,
    'contract issued',
  );
  return winner;
}

/** The standstill is over: what a day passing would do, as the contract suites do it. */
export async function endStandstill(stack: TestStack, challengeId: string): Promise<void> {
  await stack.db.query(`UPDATE challenge SET awarded_at = awarded_at - interval '2 days' WHERE id = $1`, [challengeId]);
}
