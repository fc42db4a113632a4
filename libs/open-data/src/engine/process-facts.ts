import type { AuditAction, AuditActionData } from '@app/core';

/**
 * What the release builder reads: the audit events of one contracting process (a challenge and its
 * contracts) plus the static facts those events do not carry (names, prices, milestone plans),
 * taken from current rows. Plain data, so the builder stays pure and testable without a database.
 */
export type HistoryEvent = {
  [A in AuditAction]: {
    /** Audit chain sequence: gapless and global, so it orders events even within one instant. */
    seq: number;
    at: Date;
    action: A;
    entityType: string;
    entityId: string;
    /** As the audit action map types it (libs/core/src/audit/audit-actions.ts). */
    data: AuditActionData[A];
  };
}[AuditAction];

/** The event of one action, with that action's data. */
export type HistoryEventOf<A extends AuditAction> = Extract<HistoryEvent, { action: A }>;

export interface OrganisationFact {
  id: string;
  name: string;
}

export interface TenderFacts {
  challengeId: string;
  ocid: string;
  title: string;
  /** Current text; the builder replays created/updated/amended events to show each release's own text. */
  problemStatement: string;
  budgetMinor: number;
  currency: string;
  buyer: OrganisationFact;
  criteria: { name: string; weight: number }[];
  submissionDeadline: Date;
  questionsDeadline: Date | null;
  /** When the award was decided (null before): the standstill runs from here for standstillDays. */
  awardedAt: Date | null;
  standstillDays: number;
}

/** A bid that was not withdrawn. Sealed: the builder shows it only in releases after the award. */
export interface BidFact {
  submissionId: string;
  vendor: OrganisationFact;
  priceMinor: number;
  currency: string;
}

export interface MilestoneFact {
  id: string;
  position: number;
  title: string;
  amountMinor: number;
  currency: string;
  dueDate: Date;
}

export interface ContractFact {
  id: string;
  /** The winning bid for phase 1; null for follow-ons, whose award is their root phase's. */
  submissionId: string | null;
  parentId: string | null;
  phase: number;
  vendor: OrganisationFact;
  title: string;
  valueMinor: number;
  currency: string;
  milestones: MilestoneFact[];
}

/**
 * A document attached to the challenge itself (never one of a bid). Only attachments made PUBLIC
 * are published, by the events that attached and detached them.
 */
export interface DocumentFact {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** Absolute download address. */
  url: string;
}

export interface ProcessFacts {
  tender: TenderFacts;
  /** Challenge annexes; absent means none. */
  documents?: DocumentFact[];
  bids: BidFact[];
  contracts: ContractFact[];
}

export interface PackageMeta {
  /** Where this package is served. */
  uri: string;
  publisherName: string;
  /** The database clock at build time: an award whose standstill has ended by then is published active. */
  asOf: Date;
}
