import { startTestStack, TestStack } from '@app/testing';

import { getReleases, OcdsSprint, SPRINT_PRICES } from '../libs/open-data/test-support/ocds-sprint';
import { expectValidPackage } from '../libs/open-data/test-support/ocds-validator';
import {
  adminLogin,
  createBuyerUser,
  createChallenge,
  Party,
  publishedChallenge,
} from '../libs/solicitations/test-support/marketplace-fixtures';

const tags = (body: any): string[] => body.releases.map((r: any) => r.tag.join('+'));

/**
 * GET /ocds/challenges/:id/releases through a whole sprint (with the worker): the package grows
 * release by release, always valid against the official OCDS 1.1.5 schema, bids sealed until the award.
 */
describe('open data: OCDS release packages (e2e)', () => {
  let stack: TestStack;
  let sprint: OcdsSprint;
  const fetchPackage = async () => {
    const res = await getReleases(stack, sprint.challengeId).expect(200);
    expectValidPackage(res.body);
    return res.body;
  };
  /** Nothing that identifies a bidder or its bid: org ids, names, submission ids, prices in major units. */
  const bidTraces = () => [
    sprint.winner.organisationId,
    sprint.loser.organisationId,
    sprint.bids.winner,
    sprint.bids.loser,
    'Winner Robotics',
    'Loser Sensors',
    String(SPRINT_PRICES.winner / 100),
    String(SPRINT_PRICES.loser / 100),
  ];

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    sprint = new OcdsSprint(stack);
    await sprint.parties();
  }, 60_000);
  afterAll(() => stack.close(), 30_000);

  it('publishes the tender and its amendment, with no trace of the sealed bids', async () => {
    await sprint.publishAndBid();
    const body = await fetchPackage();
    expect(tags(body)).toEqual(['tender', 'tenderAmendment']);
    const [{ ocid }] = await stack.db.query(`SELECT ocid FROM challenge WHERE id = $1`, [sprint.challengeId]);
    expect(body.releases.every((r: any) => r.ocid === ocid)).toBe(true);
    expect(body.uri).toMatch(new RegExp(`^http://.+/ocds/challenges/${sprint.challengeId}/releases$`));
    expect(body.releases[1].tender.amendments).toEqual([
      expect.objectContaining({ rationale: 'Weather conditions clarified', description: 'Changed: problemStatement' }),
    ]);
    for (const trace of bidTraces()) expect(JSON.stringify(body)).not.toContain(trace);
  }, 60_000);

  it('still shows no tenderer or bid detail after close, while the bids are being evaluated', async () => {
    await sprint.untilEvaluating();
    const body = await fetchPackage();
    expect(tags(body)).toEqual(['tender', 'tenderAmendment']);
    expect(body.releases.at(-1).parties.map((p: any) => p.id)).toEqual([sprint.officer.organisationId]);
    for (const trace of bidTraces()) expect(JSON.stringify(body)).not.toContain(trace);
  }, 60_000);

  it('after a whole sprint carries every release in order, each dated from its audit event', async () => {
    await sprint.award();
    const awarded = await fetchPackage();
    expect(tags(awarded)).toEqual(['tender', 'tenderAmendment', 'award', 'contract']);
    await sprint.sign();
    await sprint.deliverAndPay();
    const body = await fetchPackage();
    expect(tags(body)).toEqual([
      'tender',
      'tenderAmendment',
      'award',
      'contract',
      'contract',
      'implementation',
      'implementation',
      'implementation',
      'contractTermination',
      'implementation',
    ]);

    const audit = await stack.db.query(`SELECT seq, at FROM audit_event ORDER BY seq`);
    const atOf = new Map(audit.map((e: any) => [String(e.seq), new Date(e.at).toISOString()]));
    for (const release of body.releases) expect(release.date).toBe(atOf.get(release.id.slice(release.ocid.length + 1)));
    expect(new Set(body.releases.map((r: any) => r.id)).size).toBe(body.releases.length);
    expect(body.publishedDate).toBe(body.releases.at(-1).date);

    const last = body.releases.at(-1);
    expect(last.tender).toMatchObject({ status: 'complete', numberOfTenderers: 2 });
    expect(last.awards).toEqual([
      expect.objectContaining({ id: sprint.bids.winner, status: 'active', value: { amount: 150_000.01, currency: 'EUR' } }),
    ]);
    expect(last.parties.find((p: any) => p.id === sprint.winner.organisationId).roles).toEqual(['tenderer', 'supplier', 'payee']);
    expect(last.parties.find((p: any) => p.id === sprint.loser.organisationId).roles).toEqual(['tenderer']);
    const contract = last.contracts[0];
    expect(contract).toMatchObject({
      id: sprint.contractId,
      awardID: sprint.bids.winner,
      status: 'terminated',
      value: { amount: 150_000.01, currency: 'EUR' },
    });
    expect(contract.milestones.map((m: any) => m.status)).toEqual(['met', 'met']);
    expect(contract.implementation.transactions.map((t: any) => t.value.amount)).toEqual([75_000, 75_000.01]);
    expect(body.releases[4].contracts[0]).toMatchObject({ status: 'active', dateSigned: body.releases[4].date });
  }, 120_000);

  it('rebuilds the same package from the same history', async () => {
    // supertest serves each request on a fresh port, so only the self-link (uri) may differ.
    const withoutUri = async () => JSON.stringify({ ...(await getReleases(stack, sprint.challengeId).expect(200)).body, uri: null });
    const once = await withoutUri();
    expect((await withoutUri()) === once).toBe(true);
  });

  describe('what is never published', () => {
    let officer: Party;
    beforeAll(async () => {
      officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
    }, 60_000);

    it('answers 404 for a NATO_RESTRICTED challenge, exactly as for a missing one', async () => {
      const restricted = await publishedChallenge(stack.gql, officer, { classification: 'NATO_RESTRICTED', requiredTier: 'T2' });
      const hidden = await getReleases(stack, restricted.id).expect(404);
      const missing = await getReleases(stack, '00000000-0000-4000-8000-000000000000').expect(404);
      expect(hidden.body).toEqual(missing.body);
    });

    it('answers 404 for a draft and for an id that is not a uuid, without signing in', async () => {
      const draft = await createChallenge(stack.gql, officer);
      await getReleases(stack, draft.id).expect(404);
      await getReleases(stack, 'not-a-uuid').expect(404);
    });

    it('publishes a PUBLIC challenge and a cancelled one with its cancellation', async () => {
      const open = await publishedChallenge(stack.gql, officer, { classification: 'PUBLIC', requiredTier: 'T0' });
      const res = await stack.gql(
        `mutation C($id: ID!) { cancelChallenge(id: $id, reason: "requirement withdrawn") { id } }`,
        { id: open.id },
        officer.token,
      );
      expect(res.errors).toBeUndefined();
      const body = (await getReleases(stack, open.id).expect(200)).body;
      expectValidPackage(body);
      expect(tags(body)).toEqual(['tender', 'tenderCancellation']);
      expect(body.releases[1].tender.status).toBe('cancelled');
    });
  });
});
