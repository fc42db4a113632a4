import { errorCode, GqlResponse, startTestStack, TestStack } from '@app/testing';

import { emitIssue, markAwardPending, openChallenge, vendorWithBid, waitFor } from '../libs/contracts/test-support/awarded-challenge';
import {
  adminLogin,
  challengeInput,
  createBuyerUser,
  createChallenge,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';

const CREATE = `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`;
const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const CONTRACTS = `query C($id: ID!) { challenge(id: $id) { contracts { id milestones { id } } } }`;
const SIGN = `mutation S($id: ID!) { signContract(id: $id) { id } }`;
const DELIVER = `mutation D($id: ID!) { deliverMilestone(id: $id, evidence: "report") { id } }`;
const ACCEPT = `mutation A($id: ID!) { acceptMilestone(id: $id) { id } }`;
const FOLLOW_ON = `mutation F($parentId: ID!, $input: FollowOnInput!) { issueFollowOn(parentId: $parentId, input: $input) { id value { amountMinor currency } } }`;

/** Money that is not in an ISO 4217 currency: unknown codes, lower case, the "no currency" code. */
const NOT_CURRENCIES = ['ABC', 'eur', 'XXX'];

/**
 * docs/product.md, "Iterative micro-contracts" and the Configuration table: currencies are ISO 4217
 * codes checked against the published list wherever money enters, and the micro-contract limit is
 * set per currency (MICRO_CONTRACT_LIMITS), MICRO_CONTRACT_LIMIT_MINOR covering the rest.
 */
describe('currencies (e2e)', () => {
  let stack: TestStack;
  let officer: Party;

  const ok = async (query: string, variables: Record<string, unknown>, party: Party) => {
    const res = await stack.gql(query, variables, party.token);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>;
  };
  const expectCurrencyRefused = (res: GqlResponse, code: string) => {
    expect({ code, error: errorCode(res) }).toEqual({ code, error: 'BAD_USER_INPUT' });
    expect(JSON.stringify(res.errors)).toContain('ISO 4217');
  };
  const count = async (table: string) => (await stack.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  /** A phase-1 contract in `currency`, signed, every milestone delivered and accepted: COMPLETED. */
  const completedContract = async (currency: string): Promise<string> => {
    const money = (amountMinor: number) => ({ amountMinor, currency });
    const challengeId = await openChallenge(stack.gql, officer, {
      standstillDays: 0,
      budget: money(50_000_000),
      maxContractValue: money(20_000_000),
    });
    const { vendor, submissionId } = await vendorWithBid(stack.gql, challengeId, { price: 1_000_000, currency, durationDays: 30 });
    await markAwardPending(stack, challengeId, [submissionId]);
    await emitIssue(stack, challengeId);
    const contract = await waitFor(async () => (await ok(CONTRACTS, { id: challengeId }, officer)).challenge.contracts[0]);
    await ok(SIGN, { id: contract.id }, vendor);
    for (const m of contract.milestones) {
      await ok(DELIVER, { id: m.id }, vendor);
      await ok(ACCEPT, { id: m.id }, officer);
    }
    return contract.id;
  };
  const followOn = (parentId: string, value: { amountMinor: number; currency: string }) =>
    stack.gql(
      FOLLOW_ON,
      {
        parentId,
        input: {
          title: 'Phase 2',
          value,
          milestones: [{ title: 'Pilot', dueInDays: 30, sharePercent: 100 }],
          justification: 'Phase 1 delivered in full.',
        },
      },
      officer.token,
    );

  beforeAll(async () => {
    stack = await startTestStack({ worker: true, env: { MICRO_CONTRACT_LIMITS: 'EUR:20000000', MICRO_CONTRACT_LIMIT_MINOR: '30000000' } });
    officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
  }, 120_000);
  afterAll(() => stack.close(), 30_000);

  it('refuses a challenge whose budget or ceiling is not in an ISO 4217 currency, writing nothing', async () => {
    for (const currency of NOT_CURRENCIES) {
      const money = { amountMinor: 1_000, currency };
      expectCurrencyRefused(
        await stack.gql(CREATE, { input: challengeInput({ budget: money, maxContractValue: money }) }, officer.token),
        currency,
      );
    }
    expect(await count('challenge')).toBe(0);
    const draft = await createChallenge(stack.gql, officer);
    for (const currency of NOT_CURRENCIES) {
      expectCurrencyRefused(
        await stack.gql(UPDATE, { id: draft.id, input: { budget: { amountMinor: 1_000, currency } } }, officer.token),
        currency,
      );
    }
    const [row] = await stack.db.query(`SELECT currency FROM challenge WHERE id = $1`, [draft.id]);
    expect(row.currency).toBe('EUR');
    // A real code other than EUR is accepted.
    const pounds = { amountMinor: 1_000_000, currency: 'GBP' };
    expect(
      (await stack.gql(CREATE, { input: challengeInput({ budget: pounds, maxContractValue: pounds }) }, officer.token)).errors,
    ).toBeUndefined();
  });

  it('refuses a bid priced in something that is not an ISO 4217 currency', async () => {
    const challenge = await publishedChallenge(stack.gql, officer);
    const vendor = await registerVendor(stack.gql);
    for (const currency of NOT_CURRENCIES) {
      const input = {
        challengeId: challenge.id,
        summary: 'RF',
        technicalApproach: 'SDR',
        price: { amountMinor: 1_000, currency },
        durationDays: 30,
      };
      expectCurrencyRefused(await stack.gql(SUBMIT, { input }, vendor.token), currency);
    }
    expect(await count('submission')).toBe(0);
  });

  it('checks follow-ons against the limit of their own currency, the default for unlisted ones, and refuses unknown codes', async () => {
    const [eur, gbp] = await Promise.all([completedContract('EUR'), completedContract('GBP')]);
    for (const currency of NOT_CURRENCIES) expectCurrencyRefused(await followOn(eur, { amountMinor: 1_000, currency }), currency);

    const overEur = await followOn(eur, { amountMinor: 20_000_001, currency: 'EUR' });
    expect(errorCode(overEur)).toBe('BAD_USER_INPUT');
    expect(overEur.errors?.[0].extensions?.problems).toEqual(['value 20000001 EUR exceeds the micro-contract limit of 20000000 EUR']);
    // GBP is not listed: MICRO_CONTRACT_LIMIT_MINOR applies.
    const overGbp = await followOn(gbp, { amountMinor: 30_000_001, currency: 'GBP' });
    expect(overGbp.errors?.[0].extensions?.problems).toEqual(['value 30000001 GBP exceeds the micro-contract limit of 30000000 GBP']);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM micro_contract WHERE phase = 2`)).toEqual([{ n: 0 }]);

    expect((await followOn(eur, { amountMinor: 20_000_000, currency: 'EUR' })).data?.issueFollowOn.value).toEqual({
      amountMinor: 20_000_000,
      currency: 'EUR',
    });
    expect((await followOn(gbp, { amountMinor: 25_000_000, currency: 'GBP' })).data?.issueFollowOn.value).toEqual({
      amountMinor: 25_000_000,
      currency: 'GBP',
    });
  });
});
