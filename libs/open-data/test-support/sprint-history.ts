/**
 * A whole sprint's history as the builder receives it (facts plus audit events), for the unit
 * specs: published, amended, closed, awarded to one of two bidders, contract issued, signed, both
 * milestones accepted and paid. Every name and price of the bidders is known, so a test can look
 * for any trace of them in releases.
 */
import type { AuditAction, AuditActionData } from '@app/core';

import type { HistoryEvent, ProcessFacts } from '../src/engine';

export const IDS = {
  challenge: '11111111-1111-4111-8111-111111111111',
  buyer: '22222222-2222-4222-8222-222222222222',
  winnerOrg: '33333333-3333-4333-8333-333333333333',
  loserOrg: '44444444-4444-4444-8444-444444444444',
  winnerBid: '55555555-5555-4555-8555-555555555555',
  loserBid: '66666666-6666-4666-8666-666666666666',
  contract: '77777777-7777-4777-8777-777777777777',
  m1: '88888888-8888-4888-8888-888888888881',
  m2: '88888888-8888-4888-8888-888888888882',
};

export const OCID = `ocds-sgate01-${IDS.challenge}`;
export const SECRETS = [
  'Winner Robotics',
  'Loser Sensors',
  IDS.winnerOrg,
  IDS.loserOrg,
  IDS.winnerBid,
  IDS.loserBid,
  '150000.01',
  '120000',
];

export function sprintFacts(currency = 'EUR'): ProcessFacts {
  const winner = { id: IDS.winnerOrg, name: 'Winner Robotics' };
  return {
    tender: {
      challengeId: IDS.challenge,
      ocid: OCID,
      title: 'Counter-drone detection',
      problemStatement: 'Detect drones at night (amended text).',
      budgetMinor: 50_000_000,
      currency,
      buyer: { id: IDS.buyer, name: 'Ministry of Defence Procurement' },
      criteria: [
        { name: 'Technical merit', weight: 60 },
        { name: 'Team', weight: 40 },
      ],
      submissionDeadline: new Date('2026-03-12T12:00:00.000Z'),
      questionsDeadline: null,
      awardedAt: new Date('2026-03-20T10:00:00.000Z'),
      // No standstill: the award is active at once (the standstill tests set their own).
      standstillDays: 0,
    },
    bids: [
      { submissionId: IDS.loserBid, vendor: { id: IDS.loserOrg, name: 'Loser Sensors' }, priceMinor: 12_000_000, currency },
      { submissionId: IDS.winnerBid, vendor: winner, priceMinor: 15_000_001, currency },
    ],
    contracts: [
      {
        id: IDS.contract,
        submissionId: IDS.winnerBid,
        parentId: null,
        phase: 1,
        vendor: winner,
        title: 'Counter-drone detection: phase 1',
        valueMinor: 15_000_001,
        currency,
        milestones: [
          {
            id: IDS.m2,
            position: 2,
            title: 'Final acceptance',
            amountMinor: 7_500_001,
            currency,
            dueDate: new Date('2026-06-01T00:00:00.000Z'),
          },
          {
            id: IDS.m1,
            position: 1,
            title: 'Mid-term demonstration',
            amountMinor: 7_500_000,
            currency,
            dueDate: new Date('2026-05-01T00:00:00.000Z'),
          },
        ],
      },
    ],
  };
}

let seq = 100;
/** A fixture event; the builder reads only the data fields it needs, so fixtures give just those. */
const ev = <A extends AuditAction>(
  at: string,
  action: A,
  entityType: string,
  entityId: string,
  data: Partial<AuditActionData[A]> = {},
): HistoryEvent => ({ seq: ++seq, at: new Date(at), action, entityType, entityId, data }) as unknown as HistoryEvent;

export function sprintEvents(currency = 'EUR'): HistoryEvent[] {
  seq = 100;
  const c = IDS.challenge;
  const link = { contractId: IDS.contract, challengeId: c };
  return [
    ev('2026-03-01T09:00:00.000Z', 'challenge.created', 'Challenge', c, {
      title: 'Counter-drone detection',
      problemStatement: 'Detect drones at night.',
    }),
    ev('2026-03-02T09:00:00.000Z', 'challenge.published', 'Challenge', c, {
      submissionDeadline: '2026-03-10T12:00:00.000Z',
      questionsDeadline: null,
    }),
    ev('2026-03-03T09:00:00.000Z', 'challenge.amended', 'Challenge', c, {
      reason: 'More time and clearer scope',
      changes: {
        problemStatement: { old: 'Detect drones at night.', new: 'Detect drones at night (amended text).' },
        submissionDeadline: { old: '2026-03-10T12:00:00.000Z', new: '2026-03-12T12:00:00.000Z' },
      },
    }),
    ev('2026-03-12T12:00:01.000Z', 'challenge.closed', 'Challenge', c),
    ev('2026-03-12T12:00:02.000Z', 'challenge.evaluating', 'Challenge', c),
    ev('2026-03-20T10:00:00.000Z', 'challenge.award-pending', 'Challenge', c, {
      from: 'EVALUATING',
      submissionIds: [IDS.winnerBid],
      justification: null,
    }),
    ev('2026-03-20T10:00:01.000Z', 'contract.issued', 'MicroContract', IDS.contract, { challengeId: c }),
    ev('2026-03-20T10:00:01.000Z', 'challenge.awarded', 'Challenge', c),
    ev('2026-03-31T08:00:00.000Z', 'contract.signed', 'MicroContract', IDS.contract, { challengeId: c, phase: 1 }),
    ev('2026-04-20T08:00:00.000Z', 'milestone.delivered', 'Milestone', IDS.m1, { ...link, evidence: 'demo video' }),
    ev('2026-04-21T08:00:00.000Z', 'milestone.accepted', 'Milestone', IDS.m1, link),
    ev('2026-04-25T08:00:00.000Z', 'milestone.paid', 'Milestone', IDS.m1, { ...link, amount: { amountMinor: 7_500_000, currency } }),
    ev('2026-05-20T08:00:00.000Z', 'milestone.delivered', 'Milestone', IDS.m2, { ...link, evidence: 'field trial report' }),
    ev('2026-05-22T08:00:00.000Z', 'milestone.accepted', 'Milestone', IDS.m2, link),
    ev('2026-05-22T08:00:00.000Z', 'contract.completed', 'MicroContract', IDS.contract, { challengeId: c, phase: 1 }),
    ev('2026-05-30T08:00:00.000Z', 'milestone.paid', 'Milestone', IDS.m2, { ...link, amount: { amountMinor: 7_500_001, currency } }),
  ];
}

export const META = {
  uri: 'https://sprintgate.example/ocds/challenges/x/releases',
  publisherName: 'Sprintgate',
  asOf: new Date('2026-06-01T00:00:00.000Z'),
};
