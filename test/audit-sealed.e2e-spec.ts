import { startTestStack, TestStack } from '@app/testing';

import { vendorWithBid } from '../libs/contracts/test-support/awarded-challenge';
import { adminLogin, createBuyerUser, Party, publishedChallenge } from '../libs/solicitations/test-support/marketplace-fixtures';

const TRAIL = `query T($type: String!, $id: String!) { auditTrail(entityType: $type, entityId: $id) { action } }`;
const VERIFY = `{ verifyAuditChain { valid checkedEvents } }`;

describe('audit trail keeps sealed bids sealed (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let auditor: Party;
  let officer: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    auditor = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['AUDITOR'] });
  });
  afterAll(() => stack.close());

  it('shows auditors and admins nothing of a bid before close, while the chain covers it; everything after close', async () => {
    const challenge = await publishedChallenge(stack.gql, officer);
    const { submissionId } = await vendorWithBid(stack.gql, challenge.id, { price: 10_000_000, durationDays: 60 });
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [submissionId]);
    expect(n).toBeGreaterThan(0); // written and chained…

    const missing = '00000000-0000-4000-8000-000000000000';
    for (const reader of [auditor, admin]) {
      const trail = await stack.gql(TRAIL, { type: 'Submission', id: submissionId }, reader.token);
      expect(trail.errors).toBeUndefined();
      // …but read exactly like a submission that does not exist.
      expect(trail.data?.auditTrail).toEqual((await stack.gql(TRAIL, { type: 'Submission', id: missing }, reader.token)).data?.auditTrail);
      expect(trail.data?.auditTrail).toEqual([]);
    }
    const [{ total }] = await stack.db.query(`SELECT count(*)::int AS total FROM audit_event`);
    expect((await stack.gql(VERIFY, {}, auditor.token)).data?.verifyAuditChain).toEqual({ valid: true, checkedEvents: total });

    // The close itself is covered by the solicitation suites; here only its effect on reads matters.
    await stack.db.query(`UPDATE challenge SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [challenge.id]);
    const opened = await stack.gql(TRAIL, { type: 'Submission', id: submissionId }, auditor.token);
    expect(opened.data?.auditTrail.length).toBe(n);
  });
});
