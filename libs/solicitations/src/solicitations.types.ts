/**
 * Plain domain types of solicitations, shared by entities, services, policy and GraphQL models.
 * No framework imports, so pure code (screening, policy) can use them anywhere.
 */
import type { ClassificationName } from '@app/core';
import type { TrustedJurisdiction } from '@app/core/geo/countries';

export const CHALLENGE_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'CLOSED',
  'EVALUATING',
  'AWARD_PENDING',
  'AWARDED',
  'NO_AWARD',
  'CANCELLED',
] as const;
export type ChallengeStatusName = (typeof CHALLENGE_STATUSES)[number];

export const TIER_NAMES = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/** States from which a challenge may still be cancelled: anything before a decision was taken. */
export const CANCELLABLE_STATUSES: readonly ChallengeStatusName[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'EVALUATING', 'AWARD_PENDING'];

/** States in which bids are open to the buyer (sealed-bid window over). */
export const OPENED_STATUSES: readonly ChallengeStatusName[] = ['CLOSED', 'EVALUATING', 'AWARD_PENDING', 'AWARDED', 'NO_AWARD'];

/** docs/sovereignty.md, "Tiers": the lowest tier each classification demands. */
export const TIER_FOR_CLASSIFICATION: Record<ClassificationName, TierName> = {
  PUBLIC: 'T0',
  NATO_UNCLASSIFIED: 'T1',
  NATO_RESTRICTED: 'T2',
  NATO_CONFIDENTIAL: 'T3',
  NATO_SECRET: 'T4',
  COSMIC_TOP_SECRET: 'T4',
};

export type { ClassificationName, TrustedJurisdiction };
