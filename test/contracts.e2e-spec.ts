import { ContractIssuanceService } from '@app/contracts';
import { errorCode, GqlResponse, startTestStack, TestStack } from '@app/testing';

import {
  challengeStatus,
  contractsPerSubmission,
  emitIssue,
  markAwardPending,
  openChallenge,
  vendorWithBid,
  waitFor,
} from '../libs/contracts/test-support/awarded-challenge';
import { adminLogin, createBuyerUser, Party, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';

const DAY = 24 * 3600 * 1000;
const MILESTONE = `id title dueDate status amount { amountMinor currency } evidence rejectionReason deliveredAt acceptedAt paidAt`;
const CONTRACT = `id phase title status issuedAt signedAt value { amountMinor currency } vendor { id } challenge { id status } submission { id } parent { id } followOns { id phase } milestones { ${MILESTONE} }`;
const Q_CONTRACT = `query C($id: ID!) { contract(id: $id) { ${CONTRACT} } }`;
const Q_CONTRACTS = `{ contracts { id phase vendor { id } } }`;
const Q_CHALLENGE_CONTRACTS = `query C($id: ID!) { challenge(id: $id) { contracts { id phase vendor { id } } } }`;
const SIGN = `mutation S($id: ID!) { signContract(id: $id) { id status signedAt } }`;
const DELIVER = `mutation D($id: ID!, $evidence: String!) { deliverMilestone(id: $id, evidence: $evidence) { ${MILESTONE} } }`;
const ACCEPT = `mutation A($id: ID!) { acceptMilestone(id: $id) { ${MILESTONE} } }`;
const REJECT = `mutation R($id: ID!, $reason: String!) { rejectMilestone(id: $id, reason: $reason) { ${MILESTONE} } }`;
const PAY = `mutation P($id: ID!) { recordMilestonePayment(id: $id) { ${MILESTONE} } }`;
const FOLLOW_ON = `mutation F($parentId: ID!, $input: FollowOnInput!) { issueFollowOn(parentId: $parentId, input: $input) { ${CONTRACT} } }`;
const TERMINATE = `mutation T($id: ID!, $reason: String!) { terminateContract(id: $id, reason: $reason) { id status } }`;

describe('micro-contracts (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  let otherOfficer: Party;
  let auditor: Party;
  let stranger: Party;
  let a: { vendor: Party; submissionId: string };
  let b: { vendor: Party; submissionId: string };
  let loser: { vendor: Party; submissionId: string };
  let challengeId: string;
  let awardedAt: Date;
  let contractA: Record<string, any>;
  let contractB: Record<string, any>;

  const ok = async (query: string, variables: Record<string, unknown>, party?: Party): Promise<Record<string, any>> => {
    const res = await stack.gql(query, variables, party?.token);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>;
  };
  const call = (query: string, variables: Record<string, unknown>, party?: Party): Promise<GqlResponse> =>
    stack.gql(query, variables, party?.token);
  const contract = async (id: string, party: Party = officer) => (await ok(Q_CONTRACT, { id }, party)).contract;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    otherOfficer = await createBuyerUser(stack.gql, admin);
    auditor = await createBuyerUser(stack.gql, admin, { organisationId: otherOfficer.organisationId, roles: ['AUDITOR'] });
    stranger = await registerVendor(stack.gql);
    challengeId = await openChallenge(stack.gql, officer, { standstillDays: 1 });
    // A brings its own plan (33/33/34 of a value that does not divide evenly); B takes the default.
    const plan = [
      { title: 'Design review', dueInDays: 10, sharePercent: 33 },
      { title: 'Prototype', dueInDays: 20, sharePercent: 33 },
      { title: 'Field trial', dueInDays: 30, sharePercent: 34 },
    ];
    a = await vendorWithBid(stack.gql, challengeId, { price: 15_000_001, durationDays: 30, milestones: plan });
    b = await vendorWithBid(stack.gql, challengeId, { price: 10_000_001, durationDays: 90 });
    loser = await vendorWithBid(stack.gql, challengeId, { price: 12_000_000, durationDays: 60 });
    awardedAt = await markAwardPending(stack, challengeId, [a.submissionId, b.submissionId]);
    await emitIssue(stack, challengeId);
    await waitFor(async () => (await challengeStatus(stack, challengeId)) === 'AWARDED');
  }, 180_000);
  afterAll(() => stack.close());

  it('issues one phase-1 contract per winner, amounts summing exactly to the bid, then marks the challenge AWARDED', async () => {
    const list = (await ok(Q_CHALLENGE_CONTRACTS, { id: challengeId }, officer)).challenge.contracts;
    expect(list).toHaveLength(2);
    contractA = await contract(list.find((c: any) => c.vendor.id === a.vendor.organisationId).id);
    contractB = await contract(list.find((c: any) => c.vendor.id === b.vendor.organisationId).id);
    expect(contractA).toMatchObject({
      phase: 1,
      status: 'PENDING_SIGNATURE',
      signedAt: null,
      value: { amountMinor: 15_000_001, currency: 'EUR' },
      submission: { id: a.submissionId },
      parent: null,
      followOns: [],
      challenge: { id: challengeId, status: 'AWARDED' },
    });
    expect(contractA.milestones.map((m: any) => [m.title, m.amount.amountMinor, m.status])).toEqual([
      ['Design review', 4_950_000, 'SCHEDULED'],
      ['Prototype', 4_950_000, 'SCHEDULED'],
      ['Field trial', 5_100_001, 'SCHEDULED'],
    ]);
    // Unsigned, the schedule counts from the earliest signature: the end of the 1-day standstill.
    const standstillEnd = awardedAt.getTime() + DAY;
    expect(contractA.milestones.map((m: any) => new Date(m.dueDate).getTime())).toEqual([10, 20, 30].map((d) => standstillEnd + d * DAY));
    expect(contractB.milestones.map((m: any) => [m.title, m.amount.amountMinor, new Date(m.dueDate).getTime()])).toEqual([
      ['Mid-term demonstration', 5_000_000, standstillEnd + 45 * DAY],
      ['Final acceptance', 5_000_001, standstillEnd + 90 * DAY],
    ]);
    const actions = await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = ANY($1) ORDER BY seq`, [
      [contractA.id, challengeId],
    ]);
    expect(actions.map((r: any) => r.action)).toEqual(expect.arrayContaining(['contract.issued', 'challenge.awarded']));
  });

  it('issues nothing more when the job runs again, or two issuers race', async () => {
    const outboxId = await emitIssue(stack, challengeId);
    await waitFor(async () => (await stack.db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [outboxId]))[0].processed_at);
    const issuance = stack.app.get(ContractIssuanceService);
    expect(await Promise.all([issuance.issueForChallenge(challengeId), issuance.issueForChallenge(challengeId)])).toEqual([
      { issued: 0, awarded: false },
      { issued: 0, awarded: false },
    ]);
    expect(await contractsPerSubmission(stack, challengeId)).toEqual(
      [a.submissionId, b.submissionId].sort().map((submission_id) => ({ submission_id, n: 1 })),
    );
  });

  it('shows each contract to its vendor, its buyer officers, auditors and admins only', async () => {
    expect((await ok(Q_CONTRACTS, {}, a.vendor)).contracts).toEqual([
      { id: contractA.id, phase: 1, vendor: { id: a.vendor.organisationId } },
    ]);
    expect((await ok(Q_CONTRACTS, {}, officer)).contracts.map((c: any) => c.id).sort()).toEqual([contractA.id, contractB.id].sort());
    expect((await ok(Q_CONTRACTS, {}, auditor)).contracts.map((c: any) => c.id)).toEqual(
      expect.arrayContaining([contractA.id, contractB.id]),
    );
    expect((await ok(Q_CONTRACTS, {}, otherOfficer)).contracts).toEqual([]);
    expect((await ok(Q_CONTRACTS, {}, loser.vendor)).contracts).toEqual([]);
    for (const party of [b.vendor, otherOfficer, stranger])
      expect(errorCode(await call(Q_CONTRACT, { id: contractA.id }, party))).toBe('NOT_FOUND');
    expect((await contract(contractA.id, auditor)).submission).toBeNull(); // sealed-bid rules still guard the bid itself
    expect((await ok(Q_CHALLENGE_CONTRACTS, { id: challengeId }, a.vendor)).challenge.contracts.map((c: any) => c.id)).toEqual([
      contractA.id,
    ]);
    expect((await ok(Q_CHALLENGE_CONTRACTS, { id: challengeId }, otherOfficer)).challenge.contracts).toEqual([]);
    expect((await ok(Q_CHALLENGE_CONTRACTS, { id: challengeId })).challenge.contracts).toEqual([]);
  });

  it('refuses the signature during the standstill, with the date it ends, and accepts it afterwards', async () => {
    const during = await call(SIGN, { id: contractA.id }, a.vendor);
    const endsAt = new Date(awardedAt.getTime() + DAY).toISOString();
    expect(errorCode(during)).toBe('STANDSTILL');
    expect(during.errors?.[0].extensions?.standstillEndsAt).toBe(endsAt);
    expect(during.errors?.[0].message).toContain(endsAt);
    expect(errorCode(await call(SIGN, { id: contractA.id }, officer))).toBe('FORBIDDEN');
    expect(errorCode(await call(SIGN, { id: contractA.id }, b.vendor))).toBe('NOT_FOUND');
    expect(errorCode(await call(DELIVER, { id: contractA.milestones[0].id, evidence: 'early' }, a.vendor))).toBe('INVALID_STATE');

    await stack.db.query(`UPDATE challenge SET awarded_at = awarded_at - interval '2 days' WHERE id = $1`, [challengeId]);
    const signed = (await ok(SIGN, { id: contractA.id }, a.vendor)).signContract;
    expect(signed).toMatchObject({ id: contractA.id, status: 'ACTIVE' });
    expect(signed.signedAt).not.toBeNull();
    // Due dates count from signature, not award: the standstill (and any wait to sign) does not eat the schedule.
    const signedAt = new Date(signed.signedAt).getTime();
    contractA = await contract(contractA.id);
    expect(contractA.milestones.map((m: any) => new Date(m.dueDate).getTime())).toEqual([10, 20, 30].map((d) => signedAt + d * DAY));
    expect(errorCode(await call(SIGN, { id: contractA.id }, a.vendor))).toBe('INVALID_STATE');
  });

  it('runs milestones through delivery, rejection, redelivery, acceptance and payment to COMPLETED', async () => {
    const [m1, m2, m3] = contractA.milestones.map((m: any) => m.id as string);
    expect(errorCode(await call(DELIVER, { id: m1, evidence: 'not mine' }, b.vendor))).toBe('NOT_FOUND');
    expect(errorCode(await call(DELIVER, { id: m1, evidence: '   ' }, a.vendor))).toBe('BAD_USER_INPUT');
    expect((await ok(DELIVER, { id: m1, evidence: 'Design dossier v1' }, a.vendor)).deliverMilestone).toMatchObject({
      status: 'DELIVERED',
      evidence: 'Design dossier v1',
    });
    expect(errorCode(await call(ACCEPT, { id: m1 }, otherOfficer))).toBe('NOT_FOUND');
    expect(errorCode(await call(ACCEPT, { id: m1 }, a.vendor))).toBe('FORBIDDEN');
    expect(errorCode(await call(PAY, { id: m1 }, officer))).toBe('INVALID_STATE');
    expect(errorCode(await call(REJECT, { id: m1, reason: ' ' }, officer))).toBe('BAD_USER_INPUT');
    expect((await ok(REJECT, { id: m1, reason: 'Threat model missing' }, officer)).rejectMilestone).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Threat model missing',
    });
    expect((await ok(DELIVER, { id: m1, evidence: 'Design dossier v2 with threat model' }, a.vendor)).deliverMilestone).toMatchObject({
      status: 'DELIVERED',
      evidence: 'Design dossier v2 with threat model',
    });
    const accepted = (await ok(ACCEPT, { id: m1 }, officer)).acceptMilestone;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', rejectionReason: null });
    expect(accepted.acceptedAt).not.toBeNull();
    const paid = (await ok(PAY, { id: m1 }, officer)).recordMilestonePayment;
    expect(paid).toMatchObject({ status: 'PAID', amount: { amountMinor: 4_950_000, currency: 'EUR' } });
    expect(paid.paidAt).not.toBeNull();

    for (const id of [m2, m3]) await ok(DELIVER, { id, evidence: `evidence for ${id}` }, a.vendor);
    await ok(ACCEPT, { id: m2 }, officer);
    expect((await contract(contractA.id)).status).toBe('ACTIVE');
    await ok(ACCEPT, { id: m3 }, officer);
    expect((await contract(contractA.id)).status).toBe('COMPLETED');
    // Accepted work is still paid after completion.
    expect((await ok(PAY, { id: m3 }, officer)).recordMilestonePayment.status).toBe('PAID');

    const trail = await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [m1]);
    expect(trail.map((r: any) => r.action)).toEqual([
      'milestone.delivered',
      'milestone.rejected',
      'milestone.delivered',
      'milestone.accepted',
      'milestone.paid',
    ]);
    const contractTrail = await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [contractA.id]);
    expect(contractTrail.map((r: any) => r.action)).toEqual(['contract.issued', 'contract.signed', 'contract.completed']);
  });

  it('issues a phase-2 follow-on on the completed contract within the limit, signed without standstill, run to COMPLETED', async () => {
    const input = (overrides: Record<string, unknown> = {}) => ({
      title: 'Phase 2: pilot at two bases',
      value: { amountMinor: 5_000_000, currency: 'EUR' },
      milestones: [
        { title: 'Pilot installed', dueInDays: 20, sharePercent: 60 },
        { title: 'Pilot report', dueInDays: 40, sharePercent: 40 },
      ],
      justification: 'Phase 1 met every milestone; the pilot extends it to operational sites.',
      ...overrides,
    });
    expect(errorCode(await call(FOLLOW_ON, { parentId: contractB.id, input: input() }, officer))).toBe('INVALID_STATE');
    expect(errorCode(await call(FOLLOW_ON, { parentId: contractA.id, input: input() }, a.vendor))).toBe('FORBIDDEN');
    expect(errorCode(await call(FOLLOW_ON, { parentId: contractA.id, input: input() }, otherOfficer))).toBe('NOT_FOUND');
    const over = await call(
      FOLLOW_ON,
      { parentId: contractA.id, input: input({ value: { amountMinor: 250_000_001, currency: 'EUR' } }) },
      officer,
    );
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0].extensions?.problems).toEqual(['value 250000001 EUR exceeds the micro-contract limit of 250000000 EUR']);
    const wrong = await call(
      FOLLOW_ON,
      {
        parentId: contractA.id,
        input: input({
          value: { amountMinor: 5_000_000, currency: 'USD' },
          justification: ' ',
          milestones: [{ title: 'All', dueInDays: 10, sharePercent: 90 }],
        }),
      },
      officer,
    );
    expect(wrong.errors?.[0].extensions?.problems).toEqual([
      'justification must not be blank: a follow-on is earned and the record says how',
      'value is in USD; the contract is in EUR',
      'milestones: shares must sum to 100 (got 90)',
    ]);

    // A due date no clock can hold is the caller's mistake (BAD_USER_INPUT), not a server error.
    const never = await call(
      FOLLOW_ON,
      { parentId: contractA.id, input: input({ milestones: [{ title: 'Never', dueInDays: 2_000_000_000, sharePercent: 100 }] }) },
      officer,
    );
    expect(errorCode(never)).toBe('BAD_USER_INPUT');
    expect(never.errors?.[0].extensions?.problems).toEqual([
      'milestones: milestone 1 dueInDays must be an integer 0..3650 (got 2000000000)',
    ]);

    const followOn = (await ok(FOLLOW_ON, { parentId: contractA.id, input: input() }, officer)).issueFollowOn;
    expect(followOn).toMatchObject({
      phase: 2,
      status: 'PENDING_SIGNATURE',
      title: 'Phase 2: pilot at two bases',
      value: { amountMinor: 5_000_000, currency: 'EUR' },
      vendor: { id: a.vendor.organisationId },
      challenge: { id: challengeId },
      submission: null,
      parent: { id: contractA.id },
    });
    const issuedAt = new Date(followOn.issuedAt).getTime();
    expect(followOn.milestones.map((m: any) => [m.amount.amountMinor, new Date(m.dueDate).getTime()])).toEqual([
      [3_000_000, issuedAt + 20 * DAY],
      [2_000_000, issuedAt + 40 * DAY],
    ]);
    expect((await contract(contractA.id)).followOns).toEqual([{ id: followOn.id, phase: 2 }]);
    const [stored] = await stack.db.query(`SELECT justification FROM micro_contract WHERE id = $1`, [followOn.id]);
    expect(stored.justification).toBe(input().justification);
    const [issued] = await stack.db.query(`SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'contract.issued'`, [
      followOn.id,
    ]);
    expect(issued.data).toMatchObject({ phase: 2, parentId: contractA.id, justification: input().justification });

    // The award is "now" again: phase 1 would be in standstill, the follow-on (no competition) is not.
    await stack.db.query(`UPDATE challenge SET awarded_at = now() WHERE id = $1`, [challengeId]);
    const signedFollowOn = (await ok(SIGN, { id: followOn.id }, a.vendor)).signContract;
    expect(signedFollowOn.status).toBe('ACTIVE');
    const followOnSignedAt = new Date(signedFollowOn.signedAt).getTime();
    expect((await contract(followOn.id)).milestones.map((m: any) => new Date(m.dueDate).getTime())).toEqual([
      followOnSignedAt + 20 * DAY,
      followOnSignedAt + 40 * DAY,
    ]);
    for (const m of followOn.milestones) {
      await ok(DELIVER, { id: m.id, evidence: 'pilot evidence' }, a.vendor);
      await ok(ACCEPT, { id: m.id }, officer);
    }
    expect((await contract(followOn.id, a.vendor)).status).toBe('COMPLETED');
  });

  it('terminates only with a reason, only by the buyer, only before completion', async () => {
    expect(errorCode(await call(TERMINATE, { id: contractB.id, reason: 'no' }, b.vendor))).toBe('FORBIDDEN');
    expect(errorCode(await call(TERMINATE, { id: contractB.id, reason: 'no' }, otherOfficer))).toBe('NOT_FOUND');
    expect(errorCode(await call(TERMINATE, { id: contractB.id, reason: '  ' }, officer))).toBe('BAD_USER_INPUT');
    expect(errorCode(await call(TERMINATE, { id: contractA.id, reason: 'too late' }, officer))).toBe('INVALID_STATE');
    expect((await ok(TERMINATE, { id: contractB.id, reason: 'Vendor lost its facility clearance' }, officer)).terminateContract).toEqual({
      id: contractB.id,
      status: 'TERMINATED',
    });
    expect(errorCode(await call(TERMINATE, { id: contractB.id, reason: 'again' }, officer))).toBe('INVALID_STATE');
    expect(errorCode(await call(SIGN, { id: contractB.id }, b.vendor))).toBe('INVALID_STATE');
    const [row] = await stack.db.query(`SELECT termination_reason, terminated_at FROM micro_contract WHERE id = $1`, [contractB.id]);
    expect(row.termination_reason).toBe('Vendor lost its facility clearance');
    expect(row.terminated_at).not.toBeNull();
    const [audit] = await stack.db.query(`SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'contract.terminated'`, [
      contractB.id,
    ]);
    expect(audit.data).toMatchObject({ from: 'PENDING_SIGNATURE', reason: 'Vendor lost its facility clearance' });
  });
});
