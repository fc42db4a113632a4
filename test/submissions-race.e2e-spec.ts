import { startTestStack, TestStack } from '@app/testing';

import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id summary submittedAt } }`;
const VENDORS = 10;
const REQUESTS = 50;

describe('submissions racing the deadline (e2e, with the worker)', () => {
  let stack: TestStack;
  let officer: Party;
  const vendors: Party[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
    for (let i = 0; i < VENDORS; i++) {
      const vendor = await registerVendor(stack.gql, { country: 'DK' });
      await attest(stack.gql, vendor, NATO_T4_ANSWERS);
      vendors.push(vendor);
    }
  });
  afterAll(() => stack.close());

  it('accepts nothing after the deadline and loses nothing it accepted', async () => {
    const challenge = await publishedChallenge(stack.gql, officer, {}, 3);
    const deadline = Date.parse(challenge.submissionDeadline);
    // 50 submissions and resubmissions from 10 vendors, spread from 600 ms before to 600 ms after the deadline.
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, async (_, i) => {
        const at = deadline - 600 + Math.round((i / (REQUESTS - 1)) * 1200);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
        const summary = `request ${i}`;
        const input = {
          challengeId: challenge.id,
          summary,
          technicalApproach: 'x',
          price: { amountMinor: 1_000 + i, currency: 'EUR' },
          durationDays: 30,
        };
        const res = await stack.gql(SUBMIT, { input }, vendors[i % VENDORS].token);
        return { summary, res };
      }),
    );
    const accepted = results.filter((r) => r.res.data?.submitProposal);
    const refused = results.filter((r) => r.res.errors);
    expect(accepted.length + refused.length).toBe(REQUESTS);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((r) => r.res.errors?.[0].extensions?.code))).toEqual(new Set(['DEADLINE_PASSED']));

    const [closed] = await (async () => {
      for (let i = 0; i < 60; i++) {
        const rows = await stack.db.query(`SELECT submission_deadline, closed_at FROM challenge WHERE id = $1 AND closed_at IS NOT NULL`, [
          challenge.id,
        ]);
        if (rows.length) return rows;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('challenge did not close');
    })();
    const revisions: { revision: number; content: { summary: string }; submitted_at: Date }[] = await stack.db.query(
      `SELECT r.revision, r.content, r.submitted_at FROM submission_revision r JOIN submission s ON s.id = r.submission_id WHERE s.challenge_id = $1`,
      [challenge.id],
    );
    // Every accepted request left exactly its revision; nothing refused left one.
    expect(revisions.map((r) => r.content.summary).sort()).toEqual(accepted.map((r) => r.summary).sort());
    for (const revision of revisions) {
      expect(revision.submitted_at.getTime()).toBeLessThan(new Date(closed.submission_deadline).getTime());
      expect(revision.submitted_at.getTime()).toBeLessThanOrEqual(new Date(closed.closed_at).getTime());
    }
    // Each vendor's live submission holds its last accepted content.
    const live = await stack.db.query(`SELECT vendor_organisation_id, summary, revision FROM submission WHERE challenge_id = $1`, [
      challenge.id,
    ]);
    for (const row of live) {
      const own = revisions.filter((r) =>
        accepted.some(
          (a) =>
            a.summary === r.content.summary &&
            vendors[Number(a.summary.split(' ')[1]) % VENDORS].organisationId === row.vendor_organisation_id,
        ),
      );
      const latest = own.sort((a, b) => a.revision - b.revision).at(-1);
      expect(row.summary).toBe(latest?.content.summary);
      expect(row.revision).toBe(own.length);
    }
  });
});
