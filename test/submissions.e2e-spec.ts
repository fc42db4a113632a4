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

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id status summary price { amountMinor currency } durationDays submittedAt attestationHash vendor { id } challenge { id } } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawSubmission(id: $id) { id status } }`;
const ELIGIBILITY = `query E($id: ID!) { eligibility(challengeId: $id) { eligible tier reasons } }`;
const MINE = `{ mySubmissions { id status summary } }`;

describe('submissions (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  let good: Party;
  let goodAttestation: { id: string; hash: string };
  let chinese: Party;
  let large: Party;
  let weak: Party;
  let unattested: Party;
  let challengeId: string;

  const proposal = (overrides: Record<string, unknown> = {}) => ({
    challengeId,
    summary: 'Passive RF detection with edge classification',
    technicalApproach: 'Software-defined radios and an on-device classifier.',
    price: { amountMinor: 15_000_000, currency: 'EUR' },
    durationDays: 90,
    ...overrides,
  });

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    good = await registerVendor(stack.gql, { country: 'EE' });
    goodAttestation = await attest(stack.gql, good, NATO_T4_ANSWERS);
    chinese = await registerVendor(stack.gql, { country: 'CN' });
    await attest(stack.gql, chinese, NATO_T4_ANSWERS);
    large = await registerVendor(stack.gql, { country: 'DE', headcount: 5000, turnoverEur: 900_000_000 });
    await attest(stack.gql, large, NATO_T4_ANSWERS);
    weak = await registerVendor(stack.gql, { country: 'FR' });
    await attest(stack.gql, weak, withAnswers(NATO_T4_ANSWERS, { 'OS-9': false }));
    unattested = await registerVendor(stack.gql, { country: 'PL' });
    // Unclassified (so not need-to-know) but demanding T2: vendors below the tier still see it and learn why they may not bid.
    challengeId = (await publishedChallenge(stack.gql, officer, { classification: 'NATO_UNCLASSIFIED', requiredTier: 'T2', smeOnly: true }))
      .id;
  });
  afterAll(() => stack.close());

  it('tells each vendor whether it may bid, and why not', async () => {
    const check = async (vendor: Party) => (await stack.gql(ELIGIBILITY, { id: challengeId }, vendor.token)).data?.eligibility;
    expect(await check(good)).toEqual({ eligible: true, tier: 'T4', reasons: [] });
    expect(await check(chinese)).toEqual({ eligible: false, tier: 'T4', reasons: ['Organisation is established in CN, outside NATO'] });
    expect(await check(large)).toEqual({
      eligible: false,
      tier: 'T4',
      reasons: ['The challenge is open to SMEs only and the organisation is LARGE'],
    });
    expect(await check(weak)).toEqual({
      eligible: false,
      tier: 'T1',
      reasons: ['Attestation tier T1 for NATO is below the required T2', 'OS-9 is false, needs true'],
    });
    expect(await check(unattested)).toEqual({ eligible: false, tier: null, reasons: ['The organisation has no sovereignty attestation'] });
    expect(errorCode(await stack.gql(ELIGIBILITY, { id: challengeId }, officer.token))).toBe('FORBIDDEN');
  });

  it('refuses ineligible vendors with NOT_ELIGIBLE and every reason, writing nothing', async () => {
    for (const vendor of [chinese, large, weak, unattested]) {
      const res = await stack.gql(SUBMIT, { input: proposal({ price: { amountMinor: 30_000_000, currency: 'EUR' } }) }, vendor.token);
      expect(errorCode(res)).toBe('NOT_ELIGIBLE');
      expect(res.errors?.[0].extensions?.reasons).toContain('The price 30000000 EUR exceeds the maximum contract value 20000000 EUR');
      expect((res.errors?.[0].extensions?.reasons as string[]).length).toBeGreaterThan(1);
    }
    const currency = await stack.gql(SUBMIT, { input: proposal({ price: { amountMinor: 1_000, currency: 'USD' } }) }, good.token);
    expect(currency.errors?.[0].extensions?.reasons).toEqual(['The price is in USD; the challenge is priced in EUR']);
    const plan = await stack.gql(
      SUBMIT,
      {
        input: proposal({
          milestones: [
            { title: 'Demo', dueInDays: 30, sharePercent: 40 },
            { title: 'Final', dueInDays: 90, sharePercent: 50 },
          ],
        }),
      },
      good.token,
    );
    expect(errorCode(plan)).toBe('BAD_USER_INPUT');
    expect(plan.errors?.[0].extensions?.problems).toEqual(['milestones: shares must sum to 100 (got 90)']);
    expect(errorCode(await stack.gql(SUBMIT, { input: proposal() }, officer.token))).toBe('FORBIDDEN');
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM submission`)).toEqual([{ n: 0 }]);
  });

  it('submits with the attestation frozen; resubmitting replaces the content and keeps the earlier revision', async () => {
    const first = await stack.gql(
      SUBMIT,
      {
        input: proposal({
          milestones: [
            { title: 'Demo', dueInDays: 45, sharePercent: 30 },
            { title: 'Final', dueInDays: 90, sharePercent: 70 },
          ],
        }),
      },
      good.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitProposal).toMatchObject({
      status: 'SUBMITTED',
      attestationHash: goodAttestation.hash,
      vendor: { id: good.organisationId },
      challenge: { id: challengeId },
    });
    const id = first.data?.submitProposal.id;
    const second = await stack.gql(
      SUBMIT,
      { input: proposal({ summary: 'Revised: passive RF plus acoustic', price: { amountMinor: 12_000_000, currency: 'EUR' } }) },
      good.token,
    );
    expect(second.data?.submitProposal).toMatchObject({
      id,
      summary: 'Revised: passive RF plus acoustic',
      price: { amountMinor: 12_000_000, currency: 'EUR' },
    });
    const revisions = await stack.db.query(
      `SELECT revision, content, attestation_id FROM submission_revision WHERE submission_id = $1 ORDER BY revision`,
      [id],
    );
    expect(revisions.map((r: any) => [r.revision, r.content.summary, r.content.priceMinor, r.attestation_id])).toEqual([
      [1, 'Passive RF detection with edge classification', 15_000_000, goodAttestation.id],
      [2, 'Revised: passive RF plus acoustic', 12_000_000, goodAttestation.id],
    ]);
    expect((await stack.gql(MINE, {}, good.token)).data?.mySubmissions).toEqual([
      { id, status: 'SUBMITTED', summary: 'Revised: passive RF plus acoustic' },
    ]);
    // Sealed bid: the audit trail, readable by auditors before close, carries no price or content.
    const audits = await stack.db.query(`SELECT action, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [id]);
    expect(audits.map((a: any) => a.action)).toEqual(['submission.submitted', 'submission.revised']);
    expect(JSON.stringify(audits)).not.toMatch(/12000000|15000000|acoustic/);
  });

  it('treats a retry with the same idempotency key and content as the first result; other content is a CONFLICT', async () => {
    const vendor = await registerVendor(stack.gql, { country: 'LT' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    const input = proposal({ idempotencyKey: 'bid-1' });
    const first = await stack.gql(SUBMIT, { input }, vendor.token);
    const retry = await stack.gql(SUBMIT, { input }, vendor.token);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.submitProposal).toEqual(first.data?.submitProposal);
    const id = first.data?.submitProposal.id;
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM submission_revision WHERE submission_id = $1`, [id])).toEqual([{ n: 1 }]);
    const different = await stack.gql(SUBMIT, { input: { ...input, summary: 'Something else' } }, vendor.token);
    expect(errorCode(different)).toBe('CONFLICT');
    const parallel = await Promise.all(
      Array.from({ length: 5 }, () => stack.gql(SUBMIT, { input: proposal({ idempotencyKey: 'bid-2', durationDays: 60 }) }, vendor.token)),
    );
    expect(new Set(parallel.map((r) => r.data?.submitProposal.id))).toEqual(new Set([id]));
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM submission_revision WHERE submission_id = $1`, [id])).toEqual([{ n: 2 }]);
  });

  it('withdraws before the deadline; a new bid afterwards is a new submission', async () => {
    const vendor = await registerVendor(stack.gql, { country: 'LV' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    const first = (await stack.gql(SUBMIT, { input: proposal() }, vendor.token)).data?.submitProposal.id;
    expect(errorCode(await stack.gql(WITHDRAW, { id: first }, good.token))).toBe('NOT_FOUND');
    expect((await stack.gql(WITHDRAW, { id: first }, vendor.token)).data?.withdrawSubmission.status).toBe('WITHDRAWN');
    expect(errorCode(await stack.gql(WITHDRAW, { id: first }, vendor.token))).toBe('INVALID_STATE');
    const again = (await stack.gql(SUBMIT, { input: proposal() }, vendor.token)).data?.submitProposal.id;
    expect(again).toBeDefined();
    expect(again).not.toBe(first);
    expect((await stack.gql(MINE, {}, vendor.token)).data?.mySubmissions.map((s: { status: string }) => s.status).sort()).toEqual([
      'SUBMITTED',
      'WITHDRAWN',
    ]);
  });

  it('refuses blank content and malformed ids with a code, writing nothing', async () => {
    const vendor = await registerVendor(stack.gql, { country: 'LT' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    const blank = await stack.gql(SUBMIT, { input: proposal({ summary: '   ', technicalApproach: ' ' }) }, vendor.token);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.problems).toEqual(['summary must not be blank', 'technicalApproach must not be blank']);
    expect(await stack.db.query(`SELECT id FROM submission WHERE vendor_organisation_id = $1`, [vendor.organisationId])).toEqual([]);
    // 36 characters of [0-9a-f-] that are not a UUID: NOT_FOUND, never a database error.
    expect(errorCode(await stack.gql(WITHDRAW, { id: '-'.repeat(36) }, vendor.token))).toBe('NOT_FOUND');
  });

  it('refuses bids on unknown, draft and past-deadline challenges', async () => {
    expect(
      errorCode(await stack.gql(SUBMIT, { input: proposal({ challengeId: '00000000-0000-4000-8000-000000000000' }) }, good.token)),
    ).toBe('NOT_FOUND');
    const soon = await publishedChallenge(stack.gql, officer, {}, 3);
    const early = await stack.gql(SUBMIT, { input: proposal({ challengeId: soon.id }) }, good.token);
    expect(early.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, Date.parse(soon.submissionDeadline) - Date.now() + 200));
    expect(errorCode(await stack.gql(SUBMIT, { input: proposal({ challengeId: soon.id }) }, good.token))).toBe('DEADLINE_PASSED');
    expect(errorCode(await stack.gql(WITHDRAW, { id: early.data?.submitProposal.id }, good.token))).toBe('DEADLINE_PASSED');
  });
});
