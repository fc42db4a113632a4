/**
 * Every audit action with the shape of its data: the one list of what the trail records (as job-map.ts is
 * for background work). `tx.audit()` accepts only these pairs, and readers of the trail (the OCDS release
 * builder above all) read typed fields instead of probing `typeof event.data.x`.
 *
 * Data is stored as JSON: a Date written here reads back as an ISO string, hence `AuditInstant`. An event's
 * data never carries a sealed bid's content (price, text) — only ids and hashes (docs/product.md,
 * "Submission rules").
 */

/** A timestamp as written (Date) or as read back from the JSON column (ISO string). */
export type AuditInstant = Date | string;

/** What changed on an update or amendment: each field's old and new value. */
export type AuditFieldChanges = Record<string, { old: unknown; new: unknown }>;

export interface AuditMoney {
  amountMinor: number;
  currency: string;
}

/** The organisation as registered: profile fields, never credentials. */
export interface AuditOrganisationData {
  name: string;
  kind: string;
  country: string;
  smeClass?: string | null;
  headcount?: number | null;
  annualTurnoverEur?: number | null;
  balanceSheetEur?: number | null;
}

/** A challenge status move: the state it left, plus what the move records. */
interface ChallengeMove {
  from: string;
}

/** A submission status move during evaluation: its challenge, the state it left, plus what the move records. */
interface SubmissionMove {
  challengeId: string;
  from: string;
}

/** A milestone transition: its contract and challenge, and the state it left. */
interface MilestoneMove {
  contractId: string;
  challengeId: string;
  from: string;
}

interface AttestationVersion {
  version: number;
}

export interface AuditActionData {
  // identity
  'organisation.registered': AuditOrganisationData;
  'organisation.created': AuditOrganisationData | { name: string; by?: string };
  /** `by`: set when an operator acted through the CLI rather than a signed-in user. */
  'user.created': { organisationId: string; email: string; displayName: string; roles: string[]; by?: string };
  'user.disabled': { reason: string; by?: string };
  'user.enabled': Record<string, never>;
  'user.password-changed': Record<string, never>;
  /** The token itself is never recorded: only when it stops working. */
  'user.password-reset-issued': { expiresAt: string; by?: string };
  'user.password-reset': Record<string, never>;
  /** A revocation suspends the vendor's bidding until an ADMIN lifts it. */
  'organisation.suspended': { reason: string; attestationId: string | null };
  'organisation.suspension-lifted': { reason: string; since: AuditInstant; cause: string | null; attestationId: string | null };

  // sovereignty
  'attestation.submitted': AttestationVersion & {
    vendorOrganisationId: string;
    catalogueVersion: string;
    hash: string;
    signatoryName: string;
    [detail: string]: unknown;
  };
  'attestation.superseded': AttestationVersion & { supersededBy: string };
  'attestation.expired': AttestationVersion & { supersededBy?: string; expiresAt?: string };
  'attestation.criteria-verified': AttestationVersion & { codes: string[]; verifierId: string };
  'attestation.challenged': AttestationVersion & { reason: string };
  'attestation.revoked': AttestationVersion & { reason: string; previousStatus: string };

  // solicitations
  'challenge.created': { title: string; problemStatement: string; criteria: unknown; [field: string]: unknown };
  'challenge.updated': { changes: AuditFieldChanges; criteria?: unknown };
  'challenge.amended': { reason: string; changes: AuditFieldChanges };
  'challenge.evaluators-invited': { userIds: string[] };
  'challenge.published': ChallengeMove & { submissionDeadline: AuditInstant; questionsDeadline: AuditInstant | null };
  'challenge.cancelled': ChallengeMove & { reason: string };
  'challenge.closed': ChallengeMove & { submissionDeadline: AuditInstant };
  'challenge.evaluating': ChallengeMove & { eligible?: number; [detail: string]: unknown };
  'challenge.no-award': ChallengeMove & { reason?: string; [detail: string]: unknown };
  'challenge.award-pending': ChallengeMove & {
    submissionIds: string[];
    justification: string | null;
    departsFromRecommendation: boolean;
    awardedAt: AuditInstant;
  };
  'challenge.awarded': ChallengeMove;
  /** An operator re-queued the step the challenge's status calls for (CLI). */
  'challenge.step-rerun': { status: string; jobs: string[]; by: string };
  'question.asked': { challengeId: string; text: string };
  'question.answered': { challengeId: string; answer: string };

  // submissions (sealed: ids and hashes only)
  'submission.submitted': { challengeId: string; revision: number; contentHash: string; attestationHash: string };
  'submission.revised': { challengeId: string; revision: number; contentHash: string; attestationHash: string };
  'submission.withdrawn': { challengeId: string };
  /** An amendment changed what the bid answers: the vendor confirms or revises before the deadline. */
  'submission.needs-confirmation': { challengeId: string; vendorOrganisationId: string; amendedFields: string[]; reason: string };
  'submission.confirmed': { challengeId: string; revision: number; contentHash: string; attestationHash: string };
  'submission.access-denied': { roles: string[]; [detail: string]: unknown };
  'submission.eligible': SubmissionMove & { reasons: string[] };
  'submission.screened-out': SubmissionMove & { reasons: string[]; duringEvaluation?: boolean };
  'submission.evaluated': SubmissionMove & { totalScore: number };
  'submission.awarded': SubmissionMove;
  'submission.not-awarded': SubmissionMove & { noAward?: boolean };

  // evaluation (scores stay out: evaluators never see each other's)
  'evaluation.assigned': { challengeId: string; submissionId: string; evaluatorUserId: string };
  'evaluation.assignment-withdrawn': {
    challengeId: string;
    submissionId: string;
    evaluatorUserId: string;
    from: string;
    reason: string;
    /** The officer's user id, or 'worker' when the acceptance window ran out. */
    by: string;
  };
  'evaluation.ranking-dropped': { reason: string };
  'evaluation.accepted': { submissionId: string; noConflictConfirmed: boolean };
  'evaluation.conflict-declared': { submissionId: string; vendorOrganisationId: string; reason: string };
  'evaluation.scored': { submissionId: string; criteria: number };
  'evaluation.aggregated': { challengeId: string; totalScore: number; needsModeration: boolean; evaluators: number };
  'evaluation.moderated': { challengeId: string; consensus: unknown; rationale: string; totalScore: number | null };
  'evaluation.ranked': { ranking: { submissionId: string; rank: number; totalScore: number }[]; recommended: string[] };

  // documents (hashes and ids; a sealed bid's documents are attached to the bid, never published)
  'document.uploaded': { mediaType: string; sizeBytes: number; sha256: string; scanStatus: string };
  'document.infected': { signature: string };
  'document.attached': {
    ownerType: string;
    ownerId: string;
    sha256: string | null;
    revision?: number | null;
    criterionCode?: string | null;
    visibility?: string | null;
  };
  'document.detached': { ownerType: string; ownerId: string; revision: number | null; criterionCode: string | null };

  // contracts
  'contract.issued': {
    challengeId: string;
    vendorOrganisationId: string;
    submissionId: string | null;
    phase: number;
    parentId: string | null;
    value: AuditMoney;
    justification: string | null;
    milestones: { title: string; sharePercent: number; amountMinor: number; dueInDays: number }[];
  };
  'contract.signed': { challengeId: string; phase: number };
  'contract.completed': { challengeId: string; phase: number };
  'contract.terminated': { challengeId: string; from: string; reason: string };
  'milestone.delivered': MilestoneMove & { evidence: string };
  'milestone.accepted': MilestoneMove;
  'milestone.rejected': MilestoneMove & { reason: string };
  'milestone.paid': MilestoneMove & { amount: AuditMoney };

  // webhooks (the secret is never recorded)
  'webhook.registered': { organisationId: string; url: string; events: string[] };
  'webhook.deleted': { organisationId: string; url: string };
  'webhook.disabled': { organisationId: string; consecutiveFailures: number; lastError: string | null };
  // notifications (a user's own settings and inbox; the notifications themselves derive from the events above)
  'user.language-set': { language: string };
  'notification.preference-set': { kind: string; email: string };
  'notification.marked-read': { count: number; all: boolean };
  'saved-search.created': { name: string; filter: Record<string, unknown> };
  'saved-search.deleted': Record<string, never>;
}

export type AuditAction = keyof AuditActionData;

/** One event to append: an action with the data its entry above describes, about one entity. */
export type AuditRecord = {
  [A in AuditAction]: { action: A; entityType: string; entityId: string; data: AuditActionData[A] };
}[AuditAction];
