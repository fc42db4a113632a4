import type { RoleName } from '@app/core';

import type { NotificationKind } from '../notification-kinds';

/** The kinds each role can hear of: the preferences a user sees are those of their roles. */
export const KINDS_BY_ROLE: Partial<Record<RoleName, readonly NotificationKind[]>> = {
  VENDOR: [
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
  ],
  EVALUATOR: ['ASSIGNMENT_RECEIVED', 'ASSIGNMENT_REMINDER', 'SCORING_DEADLINE_APPROACHING'],
  OFFICER: ['QUESTION_ASKED', 'MODERATION_NEEDED', 'RANKING_READY', 'MILESTONE_DELIVERED', 'EVALUATION_BLOCKED'],
};

export function kindsForRoles(roles: readonly RoleName[]): NotificationKind[] {
  return [...new Set(roles.flatMap((role) => KINDS_BY_ROLE[role] ?? []))];
}
