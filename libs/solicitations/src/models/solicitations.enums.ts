import { registerEnumType } from '@nestjs/graphql';

// Named exactly as in contract/contract.graphql. SovereigntyTier and TrustedJurisdiction belong to the
// sovereignty module and are imported from there, so each GraphQL enum is registered once.
export const ClassificationEnum = {
  PUBLIC: 'PUBLIC',
  NATO_UNCLASSIFIED: 'NATO_UNCLASSIFIED',
  NATO_RESTRICTED: 'NATO_RESTRICTED',
  NATO_CONFIDENTIAL: 'NATO_CONFIDENTIAL',
  NATO_SECRET: 'NATO_SECRET',
  COSMIC_TOP_SECRET: 'COSMIC_TOP_SECRET',
} as const;

export const ChallengeStatusEnum = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  CLOSED: 'CLOSED',
  EVALUATING: 'EVALUATING',
  AWARD_PENDING: 'AWARD_PENDING',
  AWARDED: 'AWARDED',
  NO_AWARD: 'NO_AWARD',
  CANCELLED: 'CANCELLED',
} as const;

registerEnumType(ClassificationEnum, { name: 'Classification' });
registerEnumType(ChallengeStatusEnum, { name: 'ChallengeStatus' });
