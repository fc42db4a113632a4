import { expectValidPackage } from '../../test-support/ocds-validator';
import { IDS, META, OCID, SECRETS, sprintEvents, sprintFacts } from '../../test-support/sprint-history';
import type { ReleasePackage } from './ocds.types';
import type { HistoryEvent } from './process-facts';
import { buildReleasePackage } from './release-builder';

const build = (events = sprintEvents(), facts = sprintFacts(), asOf = META.asOf): ReleasePackage => {
  const pkg = buildReleasePackage(facts, events, { ...META, asOf });
  if (!pkg) throw new Error('expected a package');
  return pkg;
};

describe('buildReleasePackage', () => {
  it('publishes one release per publishing event, in order, with ids from the audit seq and dates from the events', () => {
    const pkg = build();
    expect(pkg.releases.map((r) => [r.tag[0], r.date])).toEqual([
      ['tender', '2026-03-02T09:00:00.000Z'],
      ['tenderAmendment', '2026-03-03T09:00:00.000Z'],
      ['award', '2026-03-20T10:00:00.000Z'],
      ['contract', '2026-03-20T10:00:01.000Z'],
      ['contract', '2026-03-31T08:00:00.000Z'],
      ['implementation', '2026-04-21T08:00:00.000Z'],
      ['implementation', '2026-04-25T08:00:00.000Z'],
      ['implementation', '2026-05-22T08:00:00.000Z'],
      ['contractTermination', '2026-05-22T08:00:00.000Z'],
      ['implementation', '2026-05-30T08:00:00.000Z'],
    ]);
    expect(pkg.releases.map((r) => r.id)).toEqual([102, 103, 106, 107, 109, 111, 112, 114, 115, 116].map((s) => `${OCID}-${s}`));
    expect(new Set(pkg.releases.map((r) => r.ocid))).toEqual(new Set([OCID]));
    expect(pkg).toMatchObject({
      uri: META.uri,
      version: '1.1',
      publisher: { name: 'Sprintgate' },
      publishedDate: '2026-05-30T08:00:00.000Z',
    });
  });

  it('is valid against the official OCDS 1.1.5 package schema and closed codelists', () => {
    expectValidPackage(build());
  });

  it('is deterministic: the same history in any arrival order gives the same package', () => {
    const once = JSON.stringify(build());
    const shuffled = sprintEvents().reverse();
    expect(JSON.stringify(build(shuffled))).toBe(once);
    expect(JSON.stringify(build())).toBe(once);
  });

  it('shows each release its own text: the original problem statement until the amendment', () => {
    const [tender, amendment] = build().releases;
    expect(tender.tender).toMatchObject({
      status: 'active',
      description: 'Detect drones at night.',
      tenderPeriod: { startDate: '2026-03-02T09:00:00.000Z', endDate: '2026-03-10T12:00:00.000Z' },
    });
    expect(tender.tender.amendments).toBeUndefined();
    expect(amendment.tender).toMatchObject({
      description: 'Detect drones at night (amended text).',
      tenderPeriod: { endDate: '2026-03-12T12:00:00.000Z' },
    });
    expect(amendment.tender.amendments).toEqual([
      {
        id: 'amendment-103',
        date: '2026-03-03T09:00:00.000Z',
        rationale: 'More time and clearer scope',
        description: 'Changed: problemStatement, submissionDeadline',
        releaseID: `${OCID}-103`,
        amendsReleaseID: `${OCID}-102`,
      },
    ]);
  });

  it('keeps bids sealed: no tenderer identity or bid detail in any release before the award', () => {
    const pkg = build();
    const beforeAward = pkg.releases.filter((r) => r.date < '2026-03-20T10:00:00.000Z');
    expect(beforeAward).toHaveLength(2);
    for (const release of beforeAward) {
      const text = JSON.stringify(release);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(release.parties.map((p) => p.roles)).toEqual([['buyer', 'procuringEntity']]);
      expect(release.tender.tenderers).toBeUndefined();
      expect(release.tender.numberOfTenderers).toBeUndefined();
    }
  });

  it('keeps bids sealed when the process is cancelled after close without an award', () => {
    const events = sprintEvents().slice(0, 5);
    events.push({
      seq: 200,
      at: new Date('2026-03-15T00:00:00.000Z'),
      action: 'challenge.cancelled',
      entityType: 'Challenge',
      entityId: IDS.challenge,
      data: { from: 'EVALUATING', reason: 'requirement withdrawn' },
    });
    const pkg = build(events);
    expect(pkg.releases.map((r) => r.tag[0])).toEqual(['tender', 'tenderAmendment', 'tenderCancellation']);
    expect(pkg.releases[2].tender.status).toBe('cancelled');
    for (const secret of SECRETS) expect(JSON.stringify(pkg)).not.toContain(secret);
    expectValidPackage(pkg);
  });

  it('reveals tenderers, the winner as supplier and its price in major units from the award on', () => {
    const award = build().releases[2];
    expect(award.tender).toMatchObject({
      status: 'complete',
      numberOfTenderers: 2,
      awardPeriod: { startDate: '2026-03-12T12:00:01.000Z', endDate: '2026-03-20T10:00:00.000Z' },
    });
    expect(award.tender.tenderers?.map((t) => t.name).sort()).toEqual(['Loser Sensors', 'Winner Robotics']);
    expect(award.parties).toEqual([
      { id: IDS.buyer, name: 'Ministry of Defence Procurement', roles: ['buyer', 'procuringEntity'] },
      { id: IDS.winnerOrg, name: 'Winner Robotics', roles: ['tenderer', 'supplier'] },
      { id: IDS.loserOrg, name: 'Loser Sensors', roles: ['tenderer'] },
    ]);
    expect(award.awards).toEqual([
      {
        id: IDS.winnerBid,
        title: 'Award to Winner Robotics',
        status: 'active',
        date: '2026-03-20T10:00:00.000Z',
        value: { amount: 150_000.01, currency: 'EUR' },
        suppliers: [{ id: IDS.winnerOrg, name: 'Winner Robotics' }],
      },
    ]);
    expect(award.contracts).toBeUndefined();
  });

  describe('during and after the standstill (docs/product.md: the award waits for objections)', () => {
    // Awarded 2026-03-20T10:00 with 10 days of standstill: it ends 2026-03-30T10:00, before the signature on 03-31.
    const withStandstill = () => ({ ...sprintFacts(), tender: { ...sprintFacts().tender, standstillDays: 10 } });
    const awardStatuses = (pkg: ReleasePackage) => pkg.releases.map((r) => [r.tag[0], r.date, r.awards?.[0]?.status ?? null]);

    it('publishes the award pending, then an awardUpdate at the end of the standstill with it active', () => {
      const pkg = build(sprintEvents(), withStandstill());
      expect(awardStatuses(pkg).slice(2, 6)).toEqual([
        ['award', '2026-03-20T10:00:00.000Z', 'pending'],
        ['contract', '2026-03-20T10:00:01.000Z', 'pending'],
        ['awardUpdate', '2026-03-30T10:00:00.000Z', 'active'],
        ['contract', '2026-03-31T08:00:00.000Z', 'active'],
      ]);
      expect(pkg.releases[4].id).toBe(`${OCID}-standstill-end`);
      expect(new Set(pkg.releases.map((r) => r.id)).size).toBe(pkg.releases.length);
      expectValidPackage(pkg);
    });

    it('keeps the award pending while the standstill runs at build time, and activates it once the clock passes its end', () => {
      const awardedOnly = sprintEvents().filter((e) => e.seq <= 107); // up to the contract's issue
      const during = build(awardedOnly, withStandstill(), new Date('2026-03-25T00:00:00.000Z'));
      expect(awardStatuses(during).slice(2)).toEqual([
        ['award', '2026-03-20T10:00:00.000Z', 'pending'],
        ['contract', '2026-03-20T10:00:01.000Z', 'pending'],
      ]);
      expectValidPackage(during);
      const after = build(awardedOnly, withStandstill(), new Date('2026-03-30T10:00:00.000Z'));
      expect(awardStatuses(after).slice(2)).toEqual([
        ['award', '2026-03-20T10:00:00.000Z', 'pending'],
        ['contract', '2026-03-20T10:00:01.000Z', 'pending'],
        ['awardUpdate', '2026-03-30T10:00:00.000Z', 'active'],
      ]);
      expect(after.publishedDate).toBe('2026-03-30T10:00:00.000Z');
      expectValidPackage(after);
    });

    it('publishes an award with no standstill active at once', () => {
      expect(awardStatuses(build()).slice(2, 4)).toEqual([
        ['award', '2026-03-20T10:00:00.000Z', 'active'],
        ['contract', '2026-03-20T10:00:01.000Z', 'active'],
      ]);
    });
  });

  it('follows the contract from issue to signature, met milestones, payments and completion', () => {
    const releases = build().releases;
    const contractIn = (i: number) => releases[i].contracts![0];
    expect(contractIn(3)).toMatchObject({
      id: IDS.contract,
      awardID: IDS.winnerBid,
      status: 'pending',
      value: { amount: 150_000.01, currency: 'EUR' },
    });
    expect(contractIn(3).milestones.map((m) => [m.id, m.status])).toEqual([
      [IDS.m1, 'scheduled'],
      [IDS.m2, 'scheduled'],
    ]);
    expect(contractIn(4)).toMatchObject({ status: 'active', dateSigned: '2026-03-31T08:00:00.000Z' });
    expect(contractIn(5).milestones[0]).toMatchObject({ status: 'met', dateMet: '2026-04-21T08:00:00.000Z' });
    expect(contractIn(5).implementation).toBeUndefined();
    expect(contractIn(6).implementation?.transactions).toEqual([
      {
        id: `payment-${IDS.m1}`,
        date: '2026-04-25T08:00:00.000Z',
        value: { amount: 75_000, currency: 'EUR' },
        payer: { id: IDS.buyer, name: 'Ministry of Defence Procurement' },
        payee: { id: IDS.winnerOrg, name: 'Winner Robotics' },
      },
    ]);
    expect(contractIn(8).status).toBe('terminated');
    expect(contractIn(9).implementation?.transactions.map((t) => t.value.amount)).toEqual([75_000, 75_000.01]);
    expect(releases[9].parties.find((p) => p.id === IDS.buyer)?.roles).toEqual(['buyer', 'procuringEntity', 'payer']);
  });

  it('uses the currency exponent for amounts (JPY has no minor unit)', () => {
    const pkg = build(sprintEvents('JPY'), sprintFacts('JPY'));
    expect(pkg.releases[0].tender.value).toEqual({ amount: 50_000_000, currency: 'JPY' });
    expect(pkg.releases[2].awards?.[0].value).toEqual({ amount: 15_000_001, currency: 'JPY' });
    expectValidPackage(pkg);
  });

  it('marks a tender without an eligible bid unsuccessful, still without bid detail', () => {
    const events = sprintEvents().slice(0, 4);
    events.push({
      seq: 200,
      at: new Date('2026-03-12T12:00:02.000Z'),
      action: 'challenge.no-award',
      entityType: 'Challenge',
      entityId: IDS.challenge,
      data: { from: 'CLOSED' },
    });
    const pkg = build(events);
    expect(pkg.releases.map((r) => [r.tag[0], r.tender.status])).toEqual([
      ['tender', 'active'],
      ['tenderAmendment', 'active'],
      ['tenderUpdate', 'unsuccessful'],
    ]);
    for (const secret of SECRETS) expect(JSON.stringify(pkg)).not.toContain(secret);
  });

  it('cancels a contract terminated before signature, and ties a follow-on to the award that started its chain', () => {
    const facts = sprintFacts();
    const followOn = {
      ...facts.contracts[0],
      id: '99999999-9999-4999-8999-999999999999',
      submissionId: null,
      parentId: IDS.contract,
      phase: 2,
      milestones: [],
    };
    facts.contracts.push(followOn);
    const events = sprintEvents();
    events.push(
      {
        seq: 300,
        at: new Date('2026-06-01T00:00:00.000Z'),
        action: 'contract.issued',
        entityType: 'MicroContract',
        entityId: followOn.id,
        data: { challengeId: IDS.challenge },
      } as unknown as HistoryEvent, // the builder reads the contract from the facts, not this data
      {
        seq: 301,
        at: new Date('2026-06-02T00:00:00.000Z'),
        action: 'contract.terminated',
        entityType: 'MicroContract',
        entityId: followOn.id,
        data: { challengeId: IDS.challenge, from: 'PENDING_SIGNATURE', reason: 'scope dropped' },
      },
    );
    const pkg = build(events, facts);
    const last = pkg.releases.at(-1)!;
    expect(last.tag).toEqual(['contractTermination']);
    expect(last.contracts?.map((c) => [c.id, c.awardID, c.status])).toEqual([
      [IDS.contract, IDS.winnerBid, 'terminated'],
      [followOn.id, IDS.winnerBid, 'cancelled'],
    ]);
    expectValidPackage(pkg);
  });

  it('publishes nothing for a process that was never published', () => {
    const draftOnly = sprintEvents().slice(0, 1);
    expect(buildReleasePackage(sprintFacts(), draftOnly, META)).toBeNull();
  });
});
