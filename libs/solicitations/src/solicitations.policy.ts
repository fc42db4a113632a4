import { Actor, hasRole } from '@app/core';

import { type ChallengeStatusName, OPENED_STATUSES } from './solicitations.types';

interface ChallengeFacts {
  buyerOrganisationId: string;
  createdByUserId: string;
  status: ChallengeStatusName;
  publishedAt: Date | null;
}

/**
 * Who may see and do what with challenges and their questions, in one place.
 * - Officers of the buying organisation manage its challenges; no one else can, and to anyone
 *   else who cannot see it a challenge does not exist (NOT_FOUND, never FORBIDDEN).
 * - Anyone, signed in or not, sees a challenge once it has been published (later states too);
 *   a draft (or one cancelled as a draft) only its buyer's officers and admins see.
 * - Questions: answered ones for everyone who sees the challenge; unanswered ones for the
 *   buyer's officers only; the asker is never shown.
 * - Evaluators invited must be enabled EVALUATOR users of the buying organisation (any other
 *   user reads as missing: NOT_FOUND) and must not be the challenge's creator (separation of duties).
 */
export const SolicitationsPolicy = {
  canCreateChallenge(actor: Actor): boolean {
    return hasRole(actor, 'OFFICER') && actor.organisationKind === 'BUYER';
  },

  isBuyerOfficer(actor: Actor | null, challenge: Pick<ChallengeFacts, 'buyerOrganisationId'>): boolean {
    return !!actor && hasRole(actor, 'OFFICER') && actor.organisationId === challenge.buyerOrganisationId;
  },

  canView(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return challenge.publishedAt !== null || hasRole(actor, 'ADMIN') || SolicitationsPolicy.isBuyerOfficer(actor, challenge);
  },

  canManage(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return SolicitationsPolicy.isBuyerOfficer(actor, challenge);
  },

  /** Visibility as SQL for listings: mirrors canView. `$org` is the actor's organisation. */
  visibilitySql(actor: Actor | null, alias: string): { sql: string; params: Record<string, unknown> } {
    if (hasRole(actor, 'ADMIN')) return { sql: 'TRUE', params: {} };
    if (actor && hasRole(actor, 'OFFICER')) {
      return {
        sql: `(${alias}.published_at IS NOT NULL OR ${alias}.buyer_organisation_id = :visibleOrg)`,
        params: { visibleOrg: actor.organisationId },
      };
    }
    return { sql: `${alias}.published_at IS NOT NULL`, params: {} };
  },

  canSeeUnansweredQuestions(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return SolicitationsPolicy.isBuyerOfficer(actor, challenge);
  },

  canAskQuestion(actor: Actor): boolean {
    return hasRole(actor, 'VENDOR');
  },

  /**
   * Why a user cannot be invited to evaluate: `hidden` problems (missing, another organisation's
   * user, not an evaluator, disabled) read exactly like a missing user, so an officer learns
   * nothing about users outside the pool it may invite; the creator is a visible refusal.
   */
  evaluatorProblem(
    challenge: ChallengeFacts,
    user: { id: string; organisationId: string; roles: readonly string[]; disabledAt: Date | null } | undefined,
  ): 'hidden' | string | null {
    if (!user || user.organisationId !== challenge.buyerOrganisationId || !user.roles.includes('EVALUATOR') || user.disabledAt)
      return 'hidden';
    if (user.id === challenge.createdByUserId) return `user ${user.id} created this challenge and may not evaluate it`;
    return null;
  },

  /** Bids open to the buyer once the challenge has closed (the sealed-bid window is over). */
  bidsOpened(challenge: Pick<ChallengeFacts, 'status'> & { closedAt: Date | null }): boolean {
    return challenge.closedAt !== null && (OPENED_STATUSES.includes(challenge.status) || challenge.status === 'CANCELLED');
  },
};
