/**
 * The fields the officer's console pages read beyond the original contract: the evaluators an
 * officer may invite and has invited (the buyer's officers only), and the evaluation board's stage
 * clocks (when screening, assignment, scoring and ranking finished), through one real sprint.
 */
import { startTestStack, TestStack } from '@app/testing';

import { PROGRESS, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import { OcdsSprint } from '../libs/open-data/test-support/ocds-sprint';
import {
  adminLogin,
  createBuyerUser,
  createChallenge,
  Party,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';

const POOL = `query P($id: ID!) { challenge(id: $id) { evaluators { id displayName } evaluatorCandidates { id displayName } } }`;
const CLOCKS = `query C($id: ID!) { challenge(id: $id) { publishedAt closedAt awardedAt evaluationProgress { screenedAt assignedAt scoredAt rankedAt } } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;

describe('Officer console fields: evaluator pool and stage clocks (e2e)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
  });
  afterAll(() => stack.close());

  const data = async (query: string, variables: Record<string, unknown>, party: Party) => {
    const res = await stack.gql(query, variables, party.token);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>;
  };

  it("lists the buyer's enabled evaluators to invite, then the invited pool; nobody else sees either", async () => {
    const admin = await adminLogin(stack.gql);
    const officer = await createBuyerUser(stack.gql, admin);
    const evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    const disabled = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    await data(`mutation D($id: ID!) { disableUser(id: $id, reason: "left") { id } }`, { id: disabled.userId }, admin);
    const foreignOfficer = await createBuyerUser(stack.gql, admin);
    const foreignEvaluator = await createBuyerUser(stack.gql, admin, {
      organisationId: foreignOfficer.organisationId,
      roles: ['EVALUATOR'],
    });
    const vendor = await registerVendor(stack.gql);
    const draft = await createChallenge(stack.gql, officer, { classification: 'PUBLIC' });

    const before = (await data(POOL, { id: draft.id }, officer)).challenge;
    expect(before.evaluators).toEqual([]);
    const candidateIds = before.evaluatorCandidates.map((u: { id: string }) => u.id);
    expect(candidateIds).toEqual([evaluator.userId]);
    expect(candidateIds).not.toContain(foreignEvaluator.userId);
    expect(candidateIds).not.toContain(disabled.userId);

    await data(INVITE, { id: draft.id, users: [evaluator.userId] }, officer);
    const after = (await data(POOL, { id: draft.id }, officer)).challenge;
    expect(after.evaluators.map((u: { id: string }) => u.id)).toEqual([evaluator.userId]);
    expect(after.evaluatorCandidates).toEqual([]);

    await data(`mutation P($id: ID!) { publishChallenge(id: $id) { id } }`, { id: draft.id }, officer);
    for (const outsider of [foreignOfficer, vendor, evaluator]) {
      const seen = (await data(POOL, { id: draft.id }, outsider)).challenge;
      expect(seen).toEqual({ evaluators: null, evaluatorCandidates: null });
    }
  });

  it('stamps each stage of the evaluation as the worker finishes it, in order', async () => {
    const sprint = new OcdsSprint(stack);
    await sprint.parties();
    await sprint.publishAndBid(15);
    const sealed = (await data(CLOCKS, { id: sprint.challengeId }, sprint.officer)).challenge;
    expect(sealed.evaluationProgress).toBeNull();

    await sprint.untilEvaluating();
    const assigned = (await data(CLOCKS, { id: sprint.challengeId }, sprint.officer)).challenge;
    expect(assigned.evaluationProgress).toMatchObject({ scoredAt: null, rankedAt: null });
    expect(assigned.evaluationProgress.screenedAt).not.toBeNull();
    expect(assigned.evaluationProgress.assignedAt).not.toBeNull();

    await sprint.award();
    const done = await waitFor(async () => {
      const c = (await data(CLOCKS, { id: sprint.challengeId }, sprint.officer)).challenge;
      return c.awardedAt ? c : null;
    });
    const order = [
      done.publishedAt,
      done.closedAt,
      done.evaluationProgress.screenedAt,
      done.evaluationProgress.assignedAt,
      done.evaluationProgress.scoredAt,
      done.evaluationProgress.rankedAt,
      done.awardedAt,
    ].map((at: string) => new Date(at).getTime());
    expect(order.every((t) => Number.isFinite(t))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const progress = (await data(PROGRESS, { id: sprint.challengeId }, sprint.officer)).challenge.evaluationProgress;
    expect(progress.scoredAssignments).toBe(2);
  });
});
