import type { NotificationKind } from './notification-kinds';

/** The console path a notification leads to (apps/web routes). */
export function notificationLink(kind: NotificationKind, challengeId: string | null): string | null {
  if (kind.startsWith('ATTESTATION_')) return '/attestation';
  if (['CONTRACT_ISSUED', 'STANDSTILL_ENDED', 'MILESTONE_ACCEPTED', 'MILESTONE_REJECTED', 'PAYMENT_RECORDED'].includes(kind))
    return '/contracts';
  if (kind === 'BID_RECEIVED' || kind === 'SCREENING_OUTCOME' || kind === 'AWARD_DECIDED') return '/submissions';
  return challengeId ? `/challenges/${challengeId}` : null;
}
