/**
 * The subset of OCDS 1.1.5 (release-schema.json) that Sprintgate publishes. Status and tag
 * unions are the closed codelists, so the compiler refuses a code outside them.
 */
import type { OcdsValue } from './money';

export type ReleaseTag =
  | 'planning'
  | 'planningUpdate'
  | 'tender'
  | 'tenderAmendment'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardUpdate'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'contractAmendment'
  | 'implementation'
  | 'implementationUpdate'
  | 'contractTermination'
  | 'compiled';
export type TenderStatus = 'planning' | 'planned' | 'active' | 'cancelled' | 'unsuccessful' | 'complete' | 'withdrawn';
export type AwardStatus = 'pending' | 'active' | 'cancelled' | 'unsuccessful';
export type ContractStatus = 'pending' | 'active' | 'cancelled' | 'terminated';
export type MilestoneStatus = 'scheduled' | 'met' | 'notMet' | 'partiallyMet';
export type PartyRole = 'buyer' | 'procuringEntity' | 'supplier' | 'tenderer' | 'payer' | 'payee';

export interface OrganizationReference {
  id: string;
  name: string;
}

export interface Organization extends OrganizationReference {
  roles: PartyRole[];
}

export interface Period {
  startDate?: string;
  endDate?: string;
}

export interface Amendment {
  id: string;
  date: string;
  rationale: string;
  description: string;
  amendsReleaseID?: string;
  releaseID: string;
}

/** OCDS Document: a public annex of the tender, with its bytes' SHA-256 in the description. */
export interface OcdsDocument {
  id: string;
  documentType: 'biddingDocuments';
  title: string;
  description: string;
  url: string;
  datePublished: string;
  format: string;
}

export interface Tender {
  id: string;
  title: string;
  description: string;
  status: TenderStatus;
  procuringEntity: OrganizationReference;
  value: OcdsValue;
  procurementMethod: 'open';
  procurementMethodDetails: string;
  mainProcurementCategory: 'services';
  awardCriteria: 'ratedCriteria';
  awardCriteriaDetails: string;
  submissionMethod: ['electronicSubmission'];
  tenderPeriod: Period;
  enquiryPeriod?: Period;
  awardPeriod?: Period;
  amendments?: Amendment[];
  numberOfTenderers?: number;
  tenderers?: OrganizationReference[];
  documents?: OcdsDocument[];
}

export interface Award {
  id: string;
  title: string;
  status: AwardStatus;
  date: string;
  value: OcdsValue;
  suppliers: OrganizationReference[];
}

export interface Milestone {
  id: string;
  title: string;
  type: 'delivery';
  description: string;
  dueDate: string;
  status: MilestoneStatus;
  dateMet?: string;
  dateModified?: string;
}

export interface Transaction {
  id: string;
  date: string;
  value: OcdsValue;
  payer: OrganizationReference;
  payee: OrganizationReference;
}

export interface Contract {
  id: string;
  awardID: string;
  title: string;
  description: string;
  status: ContractStatus;
  value: OcdsValue;
  dateSigned?: string;
  milestones: Milestone[];
  implementation?: { transactions: Transaction[] };
}

export interface Release {
  ocid: string;
  id: string;
  date: string;
  tag: ReleaseTag[];
  initiationType: 'tender';
  language: 'en';
  parties: Organization[];
  buyer: OrganizationReference;
  tender: Tender;
  awards?: Award[];
  contracts?: Contract[];
}

export interface ReleasePackage {
  uri: string;
  version: '1.1';
  publishedDate: string;
  publisher: { name: string };
  releases: Release[];
}
