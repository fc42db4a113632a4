import { errorCode, startTestStack, TestStack } from '@app/testing';

import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS, withAnswers } from '../libs/sovereignty/test-support/attestation-fixtures';

const CHALLENGE = `query C($id: ID!) { challenge(id: $id) { id title budget { amountMinor } questions { text } } }`;
const LIST = `query L($filter: ChallengeFilter) { challenges(filter: $filter, first: 10) { totalCount edges { node { id } } } }`;
const ASK = `mutation A($id: ID!, $text: String!) { askQuestion(challengeId: $id, text: $text) { id } }`;
const ELIGIBILITY = `query E($id: ID!) { eligibility(challengeId: $id) { eligible tier } }`;
const METRICS = `{ procurementMetrics { challengesPublished } }`;

/**
 * docs/product.md, "Challenge lifecycle": above NATO_UNCLASSIFIED a challenge is need-to-know. Every
 * read path (single read, discovery and its totalCount, Q&A, bidding pre-checks, metrics) answers the
 * same way, and a challenge the caller may not see looks exactly like a missing one.
 */
describe('need-to-know visibility of classified challenges (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  const allowed: Record<string, Party | undefined> = {};
  const refused: Record<string, Party | undefined> = {};
  let restrictedId: string;
  let openId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    // Only the buying organisation's own evaluators can be invited (inviteEvaluators).
    const invited = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    const strong = await registerVendor(stack.gql, { country: 'EE' });
    await attest(stack.gql, strong, NATO_T4_ANSWERS);
    const weak = await registerVendor(stack.gql, { country: 'FR' });
    await attest(stack.gql, weak, withAnswers(NATO_T4_ANSWERS, { 'OS-9': false })); // T1 for NATO

    Object.assign(allowed, {
      'the buyer officer': officer,
      "a colleague of the buyer's": await createBuyerUser(stack.gql, admin, {
        organisationId: officer.organisationId,
        roles: ['EVALUATOR'],
      }),
      'an invited evaluator': invited,
      'an auditor': await createBuyerUser(stack.gql, admin, { roles: ['AUDITOR'] }),
      'an admin': admin,
      'a vendor whose NATO tier meets T2': strong,
    });
    Object.assign(refused, {
      'an anonymous caller': undefined,
      'a vendor whose NATO tier is T1': weak,
      'a vendor without an attestation': await registerVendor(stack.gql, { country: 'DE' }),
      "another buyer's officer": await createBuyerUser(stack.gql, admin),
      "another buyer's evaluator": await createBuyerUser(stack.gql, admin, { roles: ['EVALUATOR'] }),
    });

    const common = { tags: ['need-to-know'], problemStatement: 'Hardened mesh networking for forward bases.' };
    restrictedId = (
      await publishedChallenge(stack.gql, officer, {
        ...common,
        title: 'Restricted mesh',
        classification: 'NATO_RESTRICTED',
        requiredTier: 'T2',
      })
    ).id;
    openId = (await publishedChallenge(stack.gql, officer, { ...common, title: 'Unclassified mesh' })).id;
    const invite = await stack.gql(
      `mutation I($c: ID!, $u: [ID!]!) { inviteEvaluators(challengeId: $c, userIds: $u) { id } }`,
      { c: restrictedId, u: [invited.userId] },
      officer.token,
    );
    expect(invite.errors).toBeUndefined();
    const asked = await stack.gql(ASK, { id: restrictedId, text: 'Is a jamming-resistant waveform required?' }, strong.token);
    expect(asked.errors).toBeUndefined();
    const answered = await stack.gql(
      `mutation B($id: ID!, $answer: String!) { answerQuestion(questionId: $id, answer: $answer) { id } }`,
      { id: asked.data?.askQuestion.id, answer: 'Yes, see annex B.' },
      officer.token,
    );
    expect(answered.errors).toBeUndefined();
  }, 180_000);
  afterAll(() => stack.close(), 30_000);

  const each = (group: Record<string, Party | undefined>) => Object.entries(group).map(([who, party]) => ({ who, token: party?.token }));

  it('shows a NATO_RESTRICTED challenge, its budget and answered questions only to those with a need to know', async () => {
    for (const { who, token } of each(allowed)) {
      const res = await stack.gql(CHALLENGE, { id: restrictedId }, token);
      expect({ who, errors: res.errors }).toEqual({ who, errors: undefined });
      expect({ who, challenge: res.data?.challenge }).toMatchObject({
        who,
        challenge: {
          id: restrictedId,
          budget: { amountMinor: 50_000_000 },
          questions: [{ text: 'Is a jamming-resistant waveform required?' }],
        },
      });
    }
    for (const { who, token } of each(refused)) {
      const res = await stack.gql(CHALLENGE, { id: restrictedId }, token);
      expect({ who, errors: res.errors, challenge: res.data?.challenge }).toEqual({ who, errors: undefined, challenge: null });
      // The unclassified one stays visible to everyone.
      expect({ who, open: (await stack.gql(CHALLENGE, { id: openId }, token)).data?.challenge?.id }).toEqual({ who, open: openId });
    }
  });

  it('leaves it out of discovery lists and search counts for everyone else', async () => {
    for (const filter of [{ tag: 'need-to-know' }, { search: 'hardened mesh' }]) {
      for (const { who, token } of each(allowed)) {
        const page = (await stack.gql(LIST, { filter }, token)).data?.challenges;
        expect({ who, total: page?.totalCount, ids: page?.edges.map((e: any) => e.node.id).sort() }).toEqual({
          who,
          total: 2,
          ids: [restrictedId, openId].sort(),
        });
      }
      for (const { who, token } of each(refused)) {
        const page = (await stack.gql(LIST, { filter }, token)).data?.challenges;
        expect({ who, total: page?.totalCount, ids: page?.edges.map((e: any) => e.node.id) }).toEqual({ who, total: 1, ids: [openId] });
      }
    }
  });

  it('answers NOT_FOUND to questions, eligibility checks and bids from vendors without the tier', async () => {
    const weak = refused['a vendor whose NATO tier is T1']!;
    expect(errorCode(await stack.gql(ASK, { id: restrictedId, text: 'Can we bid?' }, weak.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(ELIGIBILITY, { id: restrictedId }, weak.token))).toBe('NOT_FOUND');
    const bid = await stack.gql(
      `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          challengeId: restrictedId,
          summary: 'Mesh radios',
          technicalApproach: 'MANET',
          price: { amountMinor: 1_000_000, currency: 'EUR' },
          durationDays: 60,
        },
      },
      weak.token,
    );
    expect(errorCode(bid)).toBe('NOT_FOUND');
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM question WHERE text = 'Can we bid?'`)).toEqual([{ n: 0 }]);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM submission`)).toEqual([{ n: 0 }]);
    // The vendor with the tier is told about eligibility as usual.
    const strong = allowed['a vendor whose NATO tier meets T2']!;
    expect((await stack.gql(ELIGIBILITY, { id: restrictedId }, strong.token)).data?.eligibility).toEqual({ eligible: true, tier: 'T4' });
  });

  it('counts it in metrics only for callers who may see it', async () => {
    for (const { who, token } of each(allowed)) {
      expect({ who, metrics: (await stack.gql(METRICS, {}, token)).data?.procurementMetrics }).toEqual({
        who,
        metrics: { challengesPublished: 2 },
      });
    }
    for (const { who, token } of each(refused)) {
      expect({ who, metrics: (await stack.gql(METRICS, {}, token)).data?.procurementMetrics }).toEqual({
        who,
        metrics: { challengesPublished: 1 },
      });
    }
  });
});
