/**
 * THE rule table of notifications (docs/product.md, "Notifications"): which event tells whom what.
 * One readable place; the relay (event rules) and the sweep (time-based rules) only execute it.
 *
 * Sealed bids: before a challenge closes, nobody but a bid's own vendor hears of the bid. Every rule
 * on a `submission.*` event before close (BID_RECEIVED) goes to `submission-vendor` only; officers hear
 * of bids only from events that exist after close (screening, aggregation, ranking); followers are
 * organisations, each learning only of its own bid. `notification-rules.spec.ts` holds the table to this.
 */
import type { AuditAction, AuditActionData } from '@app/core';

import type { NotificationKind } from '../notification-kinds';
import type { Audience, Subject } from './audiences';

/** An audit event as the relay reads it from the chain. */
export interface ChainedEvent<A extends AuditAction = AuditAction> {
  seq: number;
  at: Date;
  action: A;
  entityType: string;
  entityId: string;
  data: AuditActionData[A];
}

/** Values the title and body are rendered from (besides the challenge title the relay adds). */
export type MessageParams = Record<string, string | number | null>;

export interface EventRule<A extends AuditAction = AuditAction> {
  kind: NotificationKind;
  audience: Audience;
  /** The ids the audience needs, read from the event. */
  subject(event: ChainedEvent<A>): Subject;
  /** Only when this holds (e.g. an aggregation that needs moderation). */
  when?(event: ChainedEvent<A>): boolean;
  params?(event: ChainedEvent<A>): MessageParams;
}

type EventRules = { [A in AuditAction]?: EventRule<A>[] };

const onChallenge = (e: ChainedEvent<AuditAction>): Subject => ({ challengeId: e.entityId });
const fromData = (e: ChainedEvent<AuditAction>): Subject => ({ challengeId: (e.data as { challengeId?: string }).challengeId ?? null });
const bidReceipt = (e: ChainedEvent<'submission.submitted' | 'submission.revised' | 'submission.confirmed'>): MessageParams => ({
  revision: e.data.revision,
  contentHash: e.data.contentHash,
});

export const EVENT_RULES: EventRules = {
  // vendors
  'challenge.published': [{ kind: 'CHALLENGE_PUBLISHED', audience: 'saved-search-eligible', subject: onChallenge }],
  'challenge.amended': [
    { kind: 'CHALLENGE_AMENDED', audience: 'challenge-followers', subject: onChallenge, params: (e) => ({ reason: e.data.reason }) },
  ],
  'question.answered': [{ kind: 'QUESTION_ANSWERED', audience: 'challenge-followers', subject: fromData }],
  'submission.submitted': [
    {
      kind: 'BID_RECEIVED',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: bidReceipt,
    },
  ],
  'submission.revised': [
    {
      kind: 'BID_RECEIVED',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: bidReceipt,
    },
  ],
  'submission.confirmed': [
    {
      kind: 'BID_RECEIVED',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: bidReceipt,
    },
  ],
  'submission.eligible': [
    {
      kind: 'SCREENING_OUTCOME',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: () => ({ outcome: 'ELIGIBLE' }),
    },
  ],
  'submission.screened-out': [
    {
      kind: 'SCREENING_OUTCOME',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: (e) => ({ outcome: 'SCREENED_OUT', reason: e.data.reasons.join('; ') }),
    },
  ],
  'submission.awarded': [
    {
      kind: 'AWARD_DECIDED',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: () => ({ outcome: 'AWARDED' }),
    },
  ],
  'submission.not-awarded': [
    {
      kind: 'AWARD_DECIDED',
      audience: 'submission-vendor',
      subject: (e) => ({ ...fromData(e), submissionId: e.entityId }),
      params: () => ({ outcome: 'NOT_AWARDED' }),
    },
  ],
  'contract.issued': [
    {
      kind: 'CONTRACT_ISSUED',
      audience: 'contract-vendor',
      subject: (e) => ({ ...fromData(e), contractId: e.entityId }),
      params: (e) => ({ phase: e.data.phase }),
    },
  ],
  'milestone.accepted': [
    { kind: 'MILESTONE_ACCEPTED', audience: 'contract-vendor', subject: (e) => ({ ...fromData(e), contractId: e.data.contractId }) },
  ],
  'milestone.rejected': [
    {
      kind: 'MILESTONE_REJECTED',
      audience: 'contract-vendor',
      subject: (e) => ({ ...fromData(e), contractId: e.data.contractId }),
      params: (e) => ({ reason: e.data.reason }),
    },
  ],
  'milestone.paid': [
    {
      kind: 'PAYMENT_RECORDED',
      audience: 'contract-vendor',
      subject: (e) => ({ ...fromData(e), contractId: e.data.contractId }),
      params: (e) => ({ amountMinor: e.data.amount.amountMinor, currency: e.data.amount.currency }),
    },
  ],
  'attestation.challenged': [
    {
      kind: 'ATTESTATION_CHALLENGED',
      audience: 'attestation-vendor',
      subject: (e) => ({ attestationId: e.entityId }),
      params: (e) => ({ reason: e.data.reason }),
    },
  ],
  'attestation.revoked': [
    {
      kind: 'ATTESTATION_REVOKED',
      audience: 'attestation-vendor',
      subject: (e) => ({ attestationId: e.entityId }),
      params: (e) => ({ reason: e.data.reason }),
    },
  ],
  // evaluators
  'evaluation.assigned': [
    { kind: 'ASSIGNMENT_RECEIVED', audience: 'evaluator', subject: (e) => ({ ...fromData(e), userId: e.data.evaluatorUserId }) },
  ],
  // officers (everything they hear of a bid comes after close)
  'question.asked': [{ kind: 'QUESTION_ASKED', audience: 'buyer-officers', subject: fromData }],
  'evaluation.aggregated': [
    { kind: 'MODERATION_NEEDED', audience: 'buyer-officers', subject: fromData, when: (e) => e.data.needsModeration === true },
  ],
  'evaluation.ranked': [{ kind: 'RANKING_READY', audience: 'buyer-officers', subject: onChallenge }],
  'milestone.delivered': [{ kind: 'MILESTONE_DELIVERED', audience: 'buyer-officers', subject: fromData }],
};

/** The rules an event triggers (none for most actions). */
export function rulesFor(event: ChainedEvent): EventRule[] {
  const rules = (EVENT_RULES[event.action] ?? []) as EventRule[];
  return rules.filter((rule) => !rule.when || rule.when(event));
}

/**
 * Time-based alerts, found by the sweep. `due` selects `(key, challenge_id, subject_id)` rows that are
 * due by the database clock; the key makes each fire once (notification_fired).
 */
export interface TimedRule {
  kind: NotificationKind;
  audience: Audience;
  due: string;
  /** How the row's subject_id feeds the audience. */
  subject(row: { challenge_id: string | null; subject_id: string | null }): Subject;
}

/** Fired only once the relay has read the challenge's publication, so its followers are known. */
const RELAYED_PUBLICATION = `EXISTS (SELECT 1 FROM audit_event a JOIN notification_relay_cursor r ON r.name = 'audit'
  WHERE a.entity_type = 'Challenge' AND a.entity_id = c.id::text AND a.action = 'challenge.published' AND a.chain_pos <= r.position)`;

export const TIMED_RULES: TimedRule[] = [
  {
    kind: 'DEADLINE_APPROACHING',
    audience: 'challenge-followers-without-bid',
    due: `SELECT 'deadline-48h:' || c.id AS key, c.id AS challenge_id, NULL AS subject_id FROM challenge c
           WHERE c.status = 'PUBLISHED' AND c.submission_deadline > now() AND c.submission_deadline <= now() + interval '48 hours'
             AND ${RELAYED_PUBLICATION}`,
    subject: (r) => ({ challengeId: r.challenge_id }),
  },
  {
    kind: 'ASSIGNMENT_REMINDER',
    audience: 'evaluator',
    due: `SELECT 'assignment-reminder:' || ea.id AS key, ea.challenge_id, ea.evaluator_user_id AS subject_id FROM evaluation_assignment ea
           WHERE ea.status = 'PENDING' AND ea.assigned_at <= now() - interval '24 hours'`,
    subject: (r) => ({ challengeId: r.challenge_id, userId: r.subject_id }),
  },
  {
    // One alert per evaluator and challenge, keyed by both: an evaluator assigned after the window
    // opened (assignment is queued after close; a replacement after a withdrawal) still hears of it,
    // where a single per-challenge key would already have fired to whoever was assigned at the time.
    // The NOT EXISTS honours alerts fired under the earlier per-challenge key, so nobody hears twice.
    kind: 'SCORING_DEADLINE_APPROACHING',
    audience: 'evaluator',
    due: `SELECT DISTINCT 'scoring-deadline-48h:' || c.id || ':' || ea.evaluator_user_id AS key, c.id AS challenge_id,
                  ea.evaluator_user_id AS subject_id
             FROM challenge c JOIN evaluation_assignment ea ON ea.challenge_id = c.id AND ea.status IN ('PENDING', 'ACCEPTED')
            WHERE c.status = 'EVALUATING' AND c.scoring_deadline > now() AND c.scoring_deadline <= now() + interval '48 hours'
              AND NOT EXISTS (SELECT 1 FROM notification n
                    WHERE n.event_key = 'scoring-deadline-48h:' || c.id AND n.recipient_user_id = ea.evaluator_user_id)`,
    subject: (r) => ({ challengeId: r.challenge_id, userId: r.subject_id }),
  },
  {
    kind: 'ATTESTATION_EXPIRING',
    audience: 'attestation-vendor',
    due: `SELECT 'attestation-expiring-30d:' || a.id AS key, NULL AS challenge_id, a.id AS subject_id FROM attestation a
           WHERE a.status = 'ACTIVE' AND a.expires_at > now() AND a.expires_at <= now() + interval '30 days'`,
    subject: (r) => ({ attestationId: r.subject_id }),
  },
  {
    kind: 'STANDSTILL_ENDED',
    audience: 'challenge-winners',
    due: `SELECT 'standstill-ended:' || c.id AS key, c.id AS challenge_id, NULL AS subject_id FROM challenge c
           WHERE c.status IN ('AWARD_PENDING', 'AWARDED') AND c.awarded_at IS NOT NULL
             AND c.awarded_at + c.standstill_days * interval '1 day' <= now()
             AND c.awarded_at + c.standstill_days * interval '1 day' > now() - interval '7 days'`,
    subject: (r) => ({ challengeId: r.challenge_id }),
  },
  {
    // An eligible bid short of evaluators with no assignment round pending: the pool is too small.
    kind: 'EVALUATION_BLOCKED',
    audience: 'buyer-officers',
    due: `SELECT 'evaluation-blocked:' || c.id || ':' || (SELECT count(*) FROM evaluation_assignment x
                    WHERE x.challenge_id = c.id AND x.status IN ('WITHDRAWN', 'CONFLICT_DECLARED')) AS key,
                  c.id AS challenge_id, NULL AS subject_id
             FROM challenge c
            WHERE c.status = 'EVALUATING'
              AND EXISTS (SELECT 1 FROM evaluation_assignment x WHERE x.challenge_id = c.id)
              AND EXISTS (SELECT 1 FROM submission s WHERE s.challenge_id = c.id AND s.status = 'ELIGIBLE'
                    AND (SELECT count(*) FROM evaluation_assignment x WHERE x.submission_id = s.id
                          AND x.status IN ('PENDING', 'ACCEPTED', 'SCORED')) < c.evaluators_per_submission)
              AND NOT EXISTS (SELECT 1 FROM outbox_event o WHERE o.job_name = 'evaluation.assign'
                    AND o.processed_at IS NULL AND o.gave_up_at IS NULL AND o.payload->>'challengeId' = c.id::text)`,
    subject: (r) => ({ challengeId: r.challenge_id }),
  },
];
