import type { NotificationKind } from '../../gql/graphql';

/** Which kinds an organisation's people can receive, by side: a webhook offers only these. */
export const VENDOR_KINDS: readonly NotificationKind[] = [
  'CHALLENGE_PUBLISHED',
  'CHALLENGE_AMENDED',
  'QUESTION_ANSWERED',
  'DEADLINE_APPROACHING',
  'BID_RECEIVED',
  'SCREENING_OUTCOME',
  'AWARD_DECIDED',
  'CONTRACT_ISSUED',
  'STANDSTILL_ENDED',
  'MILESTONE_ACCEPTED',
  'MILESTONE_REJECTED',
  'PAYMENT_RECORDED',
  'ATTESTATION_EXPIRING',
  'ATTESTATION_CHALLENGED',
  'ATTESTATION_REVOKED',
];

export const BUYER_KINDS: readonly NotificationKind[] = [
  'QUESTION_ASKED',
  'MODERATION_NEEDED',
  'RANKING_READY',
  'MILESTONE_DELIVERED',
  'EVALUATION_BLOCKED',
  'ASSIGNMENT_RECEIVED',
  'ASSIGNMENT_REMINDER',
  'SCORING_DEADLINE_APPROACHING',
];

export const kindsForRoles = (roles: readonly string[]): readonly NotificationKind[] =>
  roles.includes('VENDOR') ? VENDOR_KINDS : BUYER_KINDS;
