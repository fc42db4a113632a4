import { startTestStack, TestStack } from '@app/testing';

import { getReleases, OcdsSprint } from '../libs/open-data/test-support/ocds-sprint';
import { expectValidPackage } from '../libs/open-data/test-support/ocds-validator';

const DAY = 24 * 3600 * 1000;
const CONTRACT = `query C($id: ID!) { contract(id: $id) { signedAt milestones { dueDate } } }`;
const SIGN = `mutation S($id: ID!) { signContract(id: $id) { signedAt } }`;

/**
 * docs/product.md, "Iterative micro-contracts": the standstill after an award (here 2 days) is for
 * objections. The open data shows the award `pending` until it ends and `active` after; the vendor's
 * milestone schedule counts from its signature, so the standstill never eats into it.
 */
describe('award standstill: OCDS award status and milestone schedule (e2e)', () => {
  let stack: TestStack;
  let sprint: OcdsSprint;
  const fetchPackage = async () => {
    const res = await getReleases(stack, sprint.challengeId).expect(200);
    expectValidPackage(res.body);
    return res.body;
  };
  const awardStatuses = (body: any) => body.releases.map((r: any) => [r.tag.join('+'), r.awards?.[0]?.status ?? null]);
  const dueDates = async () => {
    const res = await stack.gql(CONTRACT, { id: sprint.contractId }, sprint.officer.token);
    expect(res.errors).toBeUndefined();
    return res.data?.contract.milestones.map((m: any) => new Date(m.dueDate).getTime());
  };
  const awardedAt = async (): Promise<number> =>
    new Date((await stack.db.query(`SELECT awarded_at FROM challenge WHERE id = $1`, [sprint.challengeId]))[0].awarded_at).getTime();

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    sprint = new OcdsSprint(stack);
    await sprint.parties();
    await sprint.publishAndBid(15, 2);
    await sprint.untilEvaluating();
    await sprint.award();
  }, 180_000);
  afterAll(() => stack.close(), 30_000);

  it('publishes the award pending while the standstill runs', async () => {
    const body = await fetchPackage();
    expect(awardStatuses(body)).toEqual([
      ['tender', null],
      ['tenderAmendment', null],
      ['award', 'pending'],
      ['contract', 'pending'],
    ]);
    // Unsigned, the default plan (60 days: 30 + 60) counts from the earliest signature, the standstill's end.
    const standstillEnd = (await awardedAt()) + 2 * DAY;
    expect(await dueDates()).toEqual([standstillEnd + 30 * DAY, standstillEnd + 60 * DAY]);
  });

  it('publishes it active once the standstill is over, and counts the milestones from the signature', async () => {
    // The award moved 3 days into the past (as the contracts suite does): its 2-day standstill is over.
    await stack.db.query(`UPDATE challenge SET awarded_at = awarded_at - interval '3 days' WHERE id = $1`, [sprint.challengeId]);
    const after = await fetchPackage();
    expect(awardStatuses(after)).toEqual([
      ['tender', null],
      ['tenderAmendment', null],
      ['award', 'active'],
      ['contract', 'active'],
    ]);
    expect(after.releases.at(-1).awards[0]).toMatchObject({ id: sprint.bids.winner, status: 'active' });

    const signed = await stack.gql(SIGN, { id: sprint.contractId }, sprint.winner.token);
    expect(signed.errors).toBeUndefined();
    const signedAt = new Date(signed.data?.signContract.signedAt).getTime();
    expect(await dueDates()).toEqual([signedAt + 30 * DAY, signedAt + 60 * DAY]);
    const body = await fetchPackage();
    expect(awardStatuses(body).slice(4)).toEqual([['contract', 'active']]);
    const milestones = body.releases.at(-1).contracts[0].milestones;
    expect(milestones.map((m: any) => new Date(m.dueDate).getTime())).toEqual([signedAt + 30 * DAY, signedAt + 60 * DAY]);
  });
});
