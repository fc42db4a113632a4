import type { Release, ReleasePackage, ReleaseTag } from './ocds.types';
import type { HistoryEvent, PackageMeta, ProcessFacts } from './process-facts';
import { applyEvent, endStandstill, initialState, iso, ProcessState, standstillEnd } from './process-state';

/** The audit actions the builder understands: what a loader needs to fetch, and nothing more. */
export const RELEASE_ACTIONS = [
  'challenge.created',
  'challenge.updated',
  'challenge.published',
  'challenge.amended',
  'challenge.closed',
  'challenge.cancelled',
  'challenge.no-award',
  'challenge.award-pending',
  'contract.issued',
  'contract.signed',
  'contract.completed',
  'contract.terminated',
  'milestone.accepted',
  'milestone.paid',
  'document.attached',
  'document.detached',
] as const;

function snapshot(state: ProcessState, facts: ProcessFacts, date: string, tag: ReleaseTag, id: string): Release {
  const copy = structuredClone({
    parties: [...state.parties.values()],
    tender: state.tender,
    awards: state.awards,
    contracts: state.contracts,
  });
  return {
    ocid: facts.tender.ocid,
    id,
    date,
    tag: [tag],
    initiationType: 'tender',
    language: 'en',
    parties: copy.parties,
    buyer: { id: facts.tender.buyer.id, name: facts.tender.buyer.name },
    tender: copy.tender,
    ...(copy.awards.length ? { awards: copy.awards } : {}),
    ...(copy.contracts.length ? { contracts: copy.contracts } : {}),
  };
}

/**
 * OCDS release package of one contracting process, rebuilt from its history: one release per
 * publishing event, each carrying the whole process as known at that instant. Pure and
 * deterministic (events ordered by seq, the clock given in `meta.asOf`): the same history gives the
 * same package. An award is `pending` during its standstill; the release after it ends (an
 * `awardUpdate` dated at its end, or at the last release if later) shows it `active`.
 * Null when nothing was ever published (a draft has no public record).
 */
export function buildReleasePackage(facts: ProcessFacts, events: readonly HistoryEvent[], meta: PackageMeta): ReleasePackage | null {
  const state = initialState(facts);
  const releases: Release[] = [];
  const publish = (date: string, tag: ReleaseTag, id: string) => {
    releases.push(snapshot(state, facts, date, tag, id));
    state.lastReleaseId = id;
  };
  const publishStandstillEnd = (at: Date) => {
    if (!state.awardedAt || !endStandstill(state, facts, at)) return;
    const endsAt = iso(standstillEnd(facts, state.awardedAt));
    const last = releases.at(-1)?.date ?? endsAt;
    publish(endsAt > last ? endsAt : last, 'awardUpdate', `${facts.tender.ocid}-standstill-end`);
  };
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    publishStandstillEnd(new Date(event.at));
    const id = `${facts.tender.ocid}-${event.seq}`;
    const tag = applyEvent(state, event, facts, id);
    if (tag) publish(iso(event.at), tag, id);
  }
  publishStandstillEnd(meta.asOf);
  if (!releases.length) return null;
  return {
    uri: meta.uri,
    version: '1.1',
    publishedDate: releases[releases.length - 1].date,
    publisher: { name: meta.publisherName },
    releases,
  };
}
