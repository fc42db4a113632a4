/**
 * The contracting process as known after each audit event: a fold over the history in `seq`
 * order. Each handler updates the state and names the release tag the event publishes, or null
 * for events that publish nothing (drafting, close, delivery, rejection). The sealed-bid rule
 * lives here: tenderers and prices enter the state only at the award decision.
 */
import type { AuditFieldChanges } from '@app/core';

import { toOcdsValue } from './money';
import type { Award, Contract, Organization, OrganizationReference, PartyRole, ReleaseTag, Tender } from './ocds.types';
import type { ContractFact, HistoryEvent, HistoryEventOf, OrganisationFact, ProcessFacts } from './process-facts';

export interface ProcessState {
  published: boolean;
  closedAt: string | null;
  tender: Tender;
  /** Insertion-ordered: the buyer first, then parties in the order events revealed them. */
  parties: Map<string, Organization>;
  awards: Award[];
  contracts: Contract[];
  /** Id of the latest release, so an amendment can say which release it amends. */
  lastReleaseId: string | null;
  /** The award decision's instant, once made. */
  awardedAt: Date | null;
}

const ROLE_ORDER: PartyRole[] = ['buyer', 'procuringEntity', 'tenderer', 'supplier', 'payer', 'payee'];

export const iso = (value: unknown): string => new Date(value as string | Date).toISOString();
const ref = (org: OrganisationFact): OrganizationReference => ({ id: org.id, name: org.name });

export function initialState(facts: ProcessFacts): ProcessState {
  const t = facts.tender;
  const buyer = ref(t.buyer);
  const criteria = [...t.criteria].map((c) => `${c.name} (${c.weight}%)`).join('; ');
  return {
    published: false,
    closedAt: null,
    tender: {
      id: t.challengeId,
      title: t.title,
      description: t.problemStatement,
      status: 'planning',
      procuringEntity: buyer,
      value: toOcdsValue(t.budgetMinor, t.currency),
      procurementMethod: 'open',
      procurementMethodDetails: 'Sprintgate fast-track challenge: open call, sealed bids, weighted scoring',
      mainProcurementCategory: 'services',
      awardCriteria: 'ratedCriteria',
      awardCriteriaDetails: criteria,
      submissionMethod: ['electronicSubmission'],
      tenderPeriod: { endDate: iso(t.submissionDeadline) },
    },
    parties: new Map([[buyer.id, { ...buyer, roles: ['buyer', 'procuringEntity'] }]]),
    awards: [],
    contracts: [],
    lastReleaseId: null,
    awardedAt: null,
  };
}

function addRole(state: ProcessState, org: OrganisationFact, role: PartyRole): void {
  const party = state.parties.get(org.id) ?? { ...ref(org), roles: [] };
  if (!party.roles.includes(role)) party.roles = [...party.roles, role].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  state.parties.set(org.id, party);
}

/** `changes` as written by challenge.updated / challenge.amended: { field: { old, new } }. */
function applyChanges(state: ProcessState, changes: AuditFieldChanges): string[] {
  const fields = Object.entries(changes ?? {});
  for (const [field, change] of fields) {
    if (field === 'title' && typeof change.new === 'string') state.tender.title = change.new;
    if (field === 'problemStatement' && typeof change.new === 'string') state.tender.description = change.new;
    if (field === 'submissionDeadline' && change.new) state.tender.tenderPeriod.endDate = iso(change.new);
    if (field === 'questionsDeadline' && change.new && state.tender.enquiryPeriod) state.tender.enquiryPeriod.endDate = iso(change.new);
  }
  return fields.map(([field]) => field).sort();
}

/** A follow-on's award is the one that started its chain of phases. */
function awardIdOf(contract: ContractFact, facts: ProcessFacts): string {
  let current: ContractFact | undefined = contract;
  for (let hops = 0; current && !current.submissionId && hops < 100; hops += 1) {
    const parentId: string | null = current.parentId;
    current = facts.contracts.find((c) => c.id === parentId);
  }
  return current?.submissionId ?? contract.id;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * When the standstill after the award ends (docs/product.md, "Iterative micro-contracts"): losing
 * bidders may object until then, so the award is published `pending`, and `active` from then on.
 */
export function standstillEnd(facts: ProcessFacts, awardAt: Date): Date {
  return new Date((facts.tender.awardedAt ?? awardAt).getTime() + facts.tender.standstillDays * DAY_MS);
}

/**
 * Pending awards become active once the standstill has ended by `at`; true when any did, so the
 * caller publishes an awardUpdate release.
 */
export function endStandstill(state: ProcessState, facts: ProcessFacts, at: Date): boolean {
  const pending = state.awards.filter((a) => a.status === 'pending');
  if (!pending.length || !state.awardedAt || standstillEnd(facts, state.awardedAt) > at) return false;
  for (const a of pending) a.status = 'active';
  return true;
}

/** The award decision: tenderers, winners and their prices become public from this release on. */
function award(state: ProcessState, event: HistoryEventOf<'challenge.award-pending'>, facts: ProcessFacts): void {
  const winners = new Set(event.data.submissionIds);
  const bids = [...facts.bids].sort((a, b) => (a.submissionId < b.submissionId ? -1 : 1));
  const date = iso(event.at);
  state.awardedAt = new Date(event.at);
  const status = standstillEnd(facts, state.awardedAt) > state.awardedAt ? 'pending' : 'active';
  for (const bid of bids) addRole(state, bid.vendor, 'tenderer');
  state.tender.tenderers = bids.map((b) => ref(b.vendor));
  state.tender.numberOfTenderers = bids.length;
  state.tender.status = 'complete';
  state.tender.awardPeriod = { ...(state.closedAt ? { startDate: state.closedAt } : {}), endDate: date };
  for (const bid of bids.filter((b) => winners.has(b.submissionId))) {
    addRole(state, bid.vendor, 'supplier');
    state.awards.push({
      id: bid.submissionId,
      title: `Award to ${bid.vendor.name}`,
      status,
      date,
      value: toOcdsValue(bid.priceMinor, bid.currency),
      suppliers: [ref(bid.vendor)],
    });
  }
}

function issueContract(state: ProcessState, event: HistoryEventOf<'contract.issued'>, facts: ProcessFacts): boolean {
  const fact = facts.contracts.find((c) => c.id === event.entityId);
  if (!fact || state.contracts.some((c) => c.id === fact.id)) return false;
  addRole(state, fact.vendor, 'supplier');
  state.tender.status = state.tender.status === 'cancelled' ? 'cancelled' : 'complete';
  state.contracts.push({
    id: fact.id,
    awardID: awardIdOf(fact, facts),
    title: fact.title,
    description: `Phase ${fact.phase} micro-contract with ${fact.vendor.name}`,
    status: 'pending',
    value: toOcdsValue(fact.valueMinor, fact.currency),
    milestones: [...fact.milestones]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        id: m.id,
        title: m.title,
        type: 'delivery' as const,
        description: `Payment of ${toOcdsValue(m.amountMinor, m.currency).amount} ${m.currency} on acceptance`,
        dueDate: iso(m.dueDate),
        status: 'scheduled' as const,
      })),
  });
  return true;
}

const contractOf = (state: ProcessState, id: unknown): Contract | undefined => state.contracts.find((c) => c.id === id);

function payMilestone(state: ProcessState, event: HistoryEventOf<'milestone.paid'>, facts: ProcessFacts): boolean {
  const contract = contractOf(state, event.data.contractId);
  const fact = facts.contracts.find((c) => c.id === contract?.id);
  const milestone = fact?.milestones.find((m) => m.id === event.entityId);
  if (!contract || !fact || !milestone) return false;
  const amount = event.data.amount;
  const buyer = facts.tender.buyer;
  addRole(state, buyer, 'payer');
  addRole(state, fact.vendor, 'payee');
  const transactions = contract.implementation?.transactions ?? [];
  transactions.push({
    id: `payment-${milestone.id}`,
    date: iso(event.at),
    value: toOcdsValue(amount.amountMinor, amount.currency),
    payer: ref(buyer),
    payee: ref(fact.vendor),
  });
  contract.implementation = { transactions };
  return true;
}

/**
 * Public challenge annexes (docs/product.md "Documents"): an attachment as PUBLIC adds the document
 * to tender.documents, its detachment removes it. Only documents the facts list (the challenge's
 * own) are considered, so nothing from a sealed bid can appear here.
 */
function applyDocument(
  state: ProcessState,
  event: HistoryEventOf<'document.attached'> | HistoryEventOf<'document.detached'>,
  facts: ProcessFacts,
): boolean {
  if (event.data.ownerType !== 'CHALLENGE' || event.data.ownerId !== facts.tender.challengeId) return false;
  const fact = facts.documents?.find((d) => d.id === event.entityId);
  if (!fact) return false;
  const others = (state.tender.documents ?? []).filter((d) => d.id !== fact.id);
  const listed = others.length !== (state.tender.documents ?? []).length;
  if (event.action === 'document.detached') {
    if (!listed) return false;
    state.tender.documents = others;
  } else {
    if (event.data.visibility !== 'PUBLIC') return false;
    state.tender.documents = [
      ...others,
      {
        id: fact.id,
        documentType: 'biddingDocuments',
        title: fact.name,
        description: `SHA-256 ${fact.sha256}; ${fact.sizeBytes} bytes`,
        url: fact.url,
        datePublished: iso(event.at),
        format: fact.mediaType,
      },
    ];
  }
  if (!state.tender.documents.length) delete state.tender.documents;
  return true;
}

/** Applies one event; returns the tag of the release it publishes, or null. */
export function applyEvent(state: ProcessState, event: HistoryEvent, facts: ProcessFacts, releaseId: string): ReleaseTag | null {
  const at = iso(event.at);
  switch (event.action) {
    case 'challenge.created':
      state.tender.title = event.data.title;
      state.tender.description = event.data.problemStatement;
      return null;
    case 'challenge.updated':
      applyChanges(state, event.data.changes);
      return null;
    case 'challenge.published': {
      const submissionDeadline = event.data.submissionDeadline;
      const questionsDeadline = event.data.questionsDeadline ?? submissionDeadline;
      state.published = true;
      state.tender.status = 'active';
      state.tender.tenderPeriod = { startDate: at, endDate: iso(submissionDeadline) };
      state.tender.enquiryPeriod = { startDate: at, endDate: iso(questionsDeadline) };
      return 'tender';
    }
    case 'challenge.amended': {
      if (!state.published) return null;
      const fields = applyChanges(state, event.data.changes);
      const amendment = {
        id: `amendment-${event.seq}`,
        date: at,
        rationale: event.data.reason,
        description: `Changed: ${fields.join(', ')}`,
        releaseID: releaseId,
      };
      state.tender.amendments = [
        ...(state.tender.amendments ?? []),
        state.lastReleaseId ? { ...amendment, amendsReleaseID: state.lastReleaseId } : amendment,
      ];
      return 'tenderAmendment';
    }
    case 'challenge.closed':
      state.closedAt = at;
      return null;
    case 'challenge.cancelled':
      if (!state.published) return null;
      state.tender.status = 'cancelled';
      for (const a of state.awards) a.status = 'cancelled';
      return 'tenderCancellation';
    case 'challenge.no-award':
      state.tender.status = 'unsuccessful';
      return state.published ? 'tenderUpdate' : null;
    case 'challenge.award-pending':
      if (!state.published) return null;
      award(state, event, facts);
      return 'award';
    case 'contract.issued':
      return state.published && issueContract(state, event, facts) ? 'contract' : null;
    case 'contract.signed': {
      const contract = contractOf(state, event.entityId);
      if (!contract) return null;
      Object.assign(contract, { status: 'active', dateSigned: at });
      return 'contract';
    }
    case 'milestone.accepted': {
      const milestone = contractOf(state, event.data.contractId)?.milestones.find((m) => m.id === event.entityId);
      if (!milestone) return null;
      Object.assign(milestone, { status: 'met', dateMet: at, dateModified: at });
      return 'implementation';
    }
    case 'milestone.paid':
      return payMilestone(state, event, facts) ? 'implementation' : null;
    case 'document.attached':
    case 'document.detached':
      // Before publication an annex just joins the first tender release.
      return applyDocument(state, event, facts) && state.published ? 'tenderUpdate' : null;
    case 'contract.completed':
    case 'contract.terminated': {
      const contract = contractOf(state, event.entityId);
      if (!contract) return null;
      // OCDS "terminated" covers both a completed contract and one ended early; one never signed was cancelled.
      const neverSigned = event.action === 'contract.terminated' && event.data.from === 'PENDING_SIGNATURE';
      contract.status = neverSigned ? 'cancelled' : 'terminated';
      return 'contractTermination';
    }
    default:
      return null;
  }
}
