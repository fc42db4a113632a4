export const SUBMISSION_STATUSES = [
  'SUBMITTED',
  'WITHDRAWN',
  'SCREENED_OUT',
  'ELIGIBLE',
  'EVALUATED',
  'AWARDED',
  'NOT_AWARDED',
  'NEEDS_CONFIRMATION',
] as const;
export type SubmissionStatusName = (typeof SUBMISSION_STATUSES)[number];

export interface MilestonePlan {
  title: string;
  dueInDays: number;
  sharePercent: number;
}

/** What a vendor proposes: the part of a submission that a revision replaces. */
export interface ProposalContent {
  summary: string;
  technicalApproach: string;
  priceMinor: number;
  currency: string;
  durationDays: number;
  milestones: MilestonePlan[] | null;
  /** Attached documents as hashed into the bid (absent when there are none). */
  documents?: { name: string; sha256: string }[];
}
