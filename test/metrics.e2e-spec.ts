import { errorCode, startTestStack, TestStack } from '@app/testing';

import { MetricsFixture } from '../libs/metrics/test-support/metrics-fixture';
import { adminLogin } from '../libs/solicitations/test-support/marketplace-fixtures';

const METRICS = `query M($from: DateTime, $to: DateTime) { procurementMetrics(from: $from, to: $to) {
  challengesPublished challengesAwarded medianDaysPublishToAward medianDaysAwardToSignature medianDaysDeliveryToPayment smeAwardValueShare firstTimeVendorShare } }`;
const JANUARY = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };

/**
 * Hand-computed expectations on challenges with known dates. Window rule: a measure belongs to the
 * window [from, to) holding the instant it starts from (publish, award decision, delivery).
 */
describe('procurementMetrics (e2e)', () => {
  let stack: TestStack;
  const metrics = async (variables: Record<string, unknown> = {}) => {
    const res = await stack.gql(METRICS, variables); // no token: the metrics are public
    expect(res.errors).toBeUndefined();
    return res.data!.procurementMetrics;
  };

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack.close(), 30_000);

  it('answers on an empty database with zero counts and null medians and shares', async () => {
    const empty = {
      challengesPublished: 0,
      challengesAwarded: 0,
      medianDaysPublishToAward: null,
      medianDaysAwardToSignature: null,
      medianDaysDeliveryToPayment: null,
      smeAwardValueShare: null,
      firstTimeVendorShare: null,
    };
    expect(await metrics()).toEqual(empty);
    expect(await metrics(JANUARY)).toEqual(empty);
  });

  it('refuses a window that ends before it starts', async () => {
    expect(errorCode(await stack.gql(METRICS, { from: JANUARY.to, to: JANUARY.from }))).toBe('BAD_USER_INPUT');
  });

  describe('on a fixture of several challenges', () => {
    beforeAll(async () => {
      const f = new MetricsFixture(stack.db);
      const buyer = await f.organisation('BUYER');
      const [micro, large, small, medium] = [
        await f.organisation('VENDOR', 'MICRO'),
        await f.organisation('VENDOR', 'LARGE'),
        await f.organisation('VENDOR', 'SMALL'),
        await f.organisation('VENDOR', 'MEDIUM'),
      ];

      // C0, December: publish → award 9 days; its contract makes `small` a returning vendor later.
      const c0 = await f.challenge(buyer, { status: 'AWARDED', publishedAt: '2025-12-01T00:00:00Z', awardedAt: '2025-12-10T00:00:00Z' });
      await f.contract(c0, buyer, small, { valueMinor: 500_000, issuedAt: '2025-12-10T00:00:00Z', signedAt: '2025-12-11T00:00:00Z' });
      // C1: 10.5 days to award; signed 2 days after; a milestone paid 3.25 days after delivery.
      const c1 = await f.challenge(buyer, { status: 'AWARDED', publishedAt: '2026-01-02T00:00:00Z', awardedAt: '2026-01-12T12:00:00Z' });
      const k1 = await f.contract(c1, buyer, micro, {
        valueMinor: 1_000_000,
        issuedAt: '2026-01-12T12:00:00Z',
        signedAt: '2026-01-14T12:00:00Z',
      });
      await f.milestone(k1, 1, { deliveredAt: '2026-01-20T00:00:00Z', paidAt: '2026-01-23T06:00:00Z' });
      await f.milestone(k1, 2, { deliveredAt: '2026-01-26T00:00:00Z' }); // delivered, not paid: not measured
      // C2: 20 days to award; two winners: large (signed after 5 days) and small (not signed, not first-time).
      const c2 = await f.challenge(buyer, { status: 'AWARDED', publishedAt: '2026-01-05T00:00:00Z', awardedAt: '2026-01-25T00:00:00Z' });
      const k2 = await f.contract(c2, buyer, large, {
        valueMinor: 3_000_000,
        issuedAt: '2026-01-25T00:00:00Z',
        signedAt: '2026-01-30T00:00:00Z',
      });
      await f.contract(c2, buyer, small, { valueMinor: 1_000_000, issuedAt: '2026-01-25T00:00:00Z' });
      await f.milestone(k2, 1, { deliveredAt: '2026-01-31T00:00:00Z', paidAt: '2026-02-03T00:00:00Z' }); // delivered in January: counts there
      await f.milestone(k2, 2, { deliveredAt: '2026-02-02T00:00:00Z', paidAt: '2026-02-05T00:00:00Z' }); // February
      // C3 still open; C4 awarded then cancelled (not an award); C5 a draft; C6/C7 on the window's edges.
      await f.challenge(buyer, { status: 'PUBLISHED', publishedAt: '2026-01-10T00:00:00Z' });
      await f.challenge(buyer, {
        status: 'CANCELLED',
        publishedAt: '2026-01-20T00:00:00Z',
        awardedAt: '2026-01-28T00:00:00Z',
        cancelledAt: '2026-01-29T00:00:00Z',
      });
      await f.challenge(buyer, { status: 'DRAFT' });
      await f.challenge(buyer, { status: 'PUBLISHED', publishedAt: JANUARY.from });
      await f.challenge(buyer, { status: 'PUBLISHED', publishedAt: JANUARY.to });
      // C8: published in December, awarded in January after 15 days; medium signs a day later.
      const c8 = await f.challenge(buyer, {
        status: 'AWARD_PENDING',
        publishedAt: '2025-12-31T00:00:00Z',
        awardedAt: '2026-01-15T00:00:00Z',
      });
      await f.contract(c8, buyer, medium, { valueMinor: 2_000_000, issuedAt: '2026-01-15T00:00:00Z', signedAt: '2026-01-16T00:00:00Z' });
    }, 60_000);

    it('computes January over [from, to): starts included, the end excluded', async () => {
      expect(await metrics(JANUARY)).toEqual({
        challengesPublished: 5, // C1, C2, C3, C4, C6 (at from); not C7 (at to), C0, C8, the draft
        challengesAwarded: 3, // C1, C2, C8; not the cancelled C4
        medianDaysPublishToAward: 15.25, // published in January and awarded: C1 10.5, C2 20
        medianDaysAwardToSignature: 2, // awards in January, signed: 2 (C1), 5 (C2 large), 1 (C8)
        medianDaysDeliveryToPayment: 3.125, // delivered in January, paid: 3.25 and 3
        smeAwardValueShare: 4 / 7, // micro 1M + small 1M + medium 2M of 7M
        firstTimeVendorShare: 0.75, // small had a contract in December; micro, large, medium are new
      });
    });

    it('computes all time when the window is open at both ends', async () => {
      expect(await metrics()).toEqual({
        challengesPublished: 8,
        challengesAwarded: 4,
        medianDaysPublishToAward: 12.75, // 9, 10.5, 15, 20
        medianDaysAwardToSignature: 1.5, // 1, 1, 2, 5
        medianDaysDeliveryToPayment: 3, // 3, 3, 3.25
        smeAwardValueShare: 0.6, // 4.5M of 7.5M
        firstTimeVendorShare: 0.8, // 4 of 5 phase-1 contracts
      });
    });

    it('gives nulls, not errors, for a window with nothing in it', async () => {
      expect(await metrics({ from: '2030-01-01T00:00:00Z', to: '2030-02-01T00:00:00Z' })).toEqual({
        challengesPublished: 0,
        challengesAwarded: 0,
        medianDaysPublishToAward: null,
        medianDaysAwardToSignature: null,
        medianDaysDeliveryToPayment: null,
        smeAwardValueShare: null,
        firstTimeVendorShare: null,
      });
    });
  });
  // After the fixture above on purpose: its all-time figures do not include these March awards.
  describe('with awards in several currencies', () => {
    const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    const BY_CURRENCY = `query M($from: DateTime, $to: DateTime) { procurementMetrics(from: $from, to: $to) {
      challengesAwarded smeAwardValueShare smeAwardValueShareByCurrency { currency awardedValue { amountMinor currency } smeValue { amountMinor currency } share } } }`;
    const share = (currency: string, awarded: number, sme: number) => ({
      currency,
      awardedValue: { amountMinor: awarded, currency },
      smeValue: { amountMinor: sme, currency },
      share: sme / awarded,
    });

    beforeAll(async () => {
      const f = new MetricsFixture(stack.db);
      const buyer = await f.organisation('BUYER');
      const [micro, large, small] = [
        await f.organisation('VENDOR', 'MICRO'),
        await f.organisation('VENDOR', 'LARGE'),
        await f.organisation('VENDOR', 'SMALL'),
      ];
      const eur = await f.challenge(buyer, { status: 'AWARDED', publishedAt: '2026-02-20T00:00:00Z', awardedAt: '2026-03-05T00:00:00Z' });
      await f.contract(eur, buyer, micro, { valueMinor: 1_000_000, issuedAt: '2026-03-05T00:00:00Z' });
      await f.contract(eur, buyer, large, { valueMinor: 3_000_000, issuedAt: '2026-03-05T00:00:00Z' });
      const gbp = await f.challenge(buyer, {
        status: 'AWARDED',
        currency: 'GBP',
        publishedAt: '2026-02-20T00:00:00Z',
        awardedAt: '2026-03-10T00:00:00Z',
      });
      await f.contract(gbp, buyer, small, { valueMinor: 2_000_000, issuedAt: '2026-03-10T00:00:00Z', currency: 'GBP' });
      await f.contract(gbp, buyer, large, { valueMinor: 6_000_000, issuedAt: '2026-03-10T00:00:00Z', currency: 'GBP' });
      // Need to know: a NATO_RESTRICTED award counts only for those who may see the challenge.
      const restricted = await f.challenge(buyer, {
        status: 'AWARDED',
        currency: 'GBP',
        classification: 'NATO_RESTRICTED',
        publishedAt: '2026-02-20T00:00:00Z',
        awardedAt: '2026-03-12T00:00:00Z',
      });
      await f.contract(restricted, buyer, micro, { valueMinor: 4_000_000, issuedAt: '2026-03-12T00:00:00Z', currency: 'GBP' });
    }, 60_000);

    it('reports the SME share per currency and no overall share when awards span several currencies', async () => {
      const res = await stack.gql(BY_CURRENCY, MARCH);
      expect(res.errors).toBeUndefined();
      expect(res.data?.procurementMetrics).toEqual({
        challengesAwarded: 2,
        smeAwardValueShare: null,
        smeAwardValueShareByCurrency: [share('EUR', 4_000_000, 1_000_000), share('GBP', 8_000_000, 2_000_000)],
      });
    });

    it('includes need-to-know awards only for callers who may see them', async () => {
      const admin = await adminLogin(stack.gql);
      const res = await stack.gql(BY_CURRENCY, MARCH, admin.token);
      expect(res.data?.procurementMetrics).toEqual({
        challengesAwarded: 3,
        smeAwardValueShare: null,
        smeAwardValueShareByCurrency: [share('EUR', 4_000_000, 1_000_000), share('GBP', 12_000_000, 6_000_000)],
      });
    });

    it('gives the overall share, equal to the one currency listed, when every award is in one currency', async () => {
      const res = await stack.gql(BY_CURRENCY, JANUARY);
      expect(res.data?.procurementMetrics).toEqual({
        challengesAwarded: 3,
        smeAwardValueShare: 4 / 7,
        smeAwardValueShareByCurrency: [share('EUR', 7_000_000, 4_000_000)],
      });
      const empty = await stack.gql(BY_CURRENCY, { from: '2030-01-01T00:00:00Z', to: '2030-02-01T00:00:00Z' });
      expect(empty.data?.procurementMetrics).toEqual({ challengesAwarded: 0, smeAwardValueShare: null, smeAwardValueShareByCurrency: [] });
    });
  });
});
