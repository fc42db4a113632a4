import { Actor, hasRole } from '@app/core';

import type { ChallengeViewer } from './challenge-viewer';
import { type ChallengeStatusName, type ClassificationName, OPENED_STATUSES, TIER_NAMES } from './solicitations.types';

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
 * - A draft (or one cancelled as a draft) only its buyer's officers and admins see. Once published
 *   (later states too), a challenge classified PUBLIC or NATO_UNCLASSIFIED is seen by anyone, signed
 *   in or not; one classified above that is need-to-know (docs/product.md, "Challenge lifecycle"):
 *   the buyer's users, invited evaluators, auditors and admins, and vendors whose current tier for
 *   the challenge's trusted set meets its requiredTier. Every read path applies this one rule as SQL
 *   (visibilitySql), so single reads, lists, counts, Q&A and metrics always agree.
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

  canManage(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return SolicitationsPolicy.isBuyerOfficer(actor, challenge);
  },

  /**
   * Visibility as a SQL predicate on the challenge aliased `alias`: publication AND need to know.
   * The only statement of who sees a challenge; parameter names are prefixed `viewer` so the
   * predicate composes with any other filter.
   */
  visibilitySql(viewer: ChallengeViewer, alias: string): { sql: string; params: Record<string, unknown> } {
    const published = publishedSql(viewer.actor, alias);
    const needToKnow = needToKnowSql(viewer, alias);
    return { sql: `(${published.sql} AND ${needToKnow.sql})`, params: { ...published.params, ...needToKnow.params } };
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

/** Classifications anyone may read once published; above them a challenge is need-to-know. */
export const OPEN_CLASSIFICATIONS: readonly ClassificationName[] = ['PUBLIC', 'NATO_UNCLASSIFIED'];

/** Drafts: only the buyer's officers and admins. */
function publishedSql(actor: Actor | null, alias: string): { sql: string; params: Record<string, unknown> } {
  if (hasRole(actor, 'ADMIN')) return { sql: 'TRUE', params: {} };
  if (actor && hasRole(actor, 'OFFICER')) {
    return {
      sql: `(${alias}.published_at IS NOT NULL OR ${alias}.buyer_organisation_id = :viewerOfficerOrg)`,
      params: { viewerOfficerOrg: actor.organisationId },
    };
  }
  return { sql: `${alias}.published_at IS NOT NULL`, params: {} };
}

/** Above NATO_UNCLASSIFIED: the buyer's users, invited evaluators, auditors/admins, vendors with the tier. */
function needToKnowSql(viewer: ChallengeViewer, alias: string): { sql: string; params: Record<string, unknown> } {
  const { actor } = viewer;
  if (hasRole(actor, 'ADMIN', 'AUDITOR')) return { sql: 'TRUE', params: {} };
  const terms = [`${alias}.classification IN (:...viewerOpenClassifications)`];
  const params: Record<string, unknown> = { viewerOpenClassifications: OPEN_CLASSIFICATIONS };
  if (actor) {
    terms.push(`${alias}.buyer_organisation_id = :viewerOrg`);
    params.viewerOrg = actor.organisationId;
  }
  if (actor && hasRole(actor, 'EVALUATOR')) {
    terms.push(
      `EXISTS (SELECT 1 FROM challenge_evaluator viewer_ce WHERE viewer_ce.challenge_id = ${alias}.id AND viewer_ce.user_id = :viewerUser)`,
    );
    params.viewerUser = actor.userId;
  }
  if (actor && hasRole(actor, 'VENDOR')) {
    Object.entries(viewer.tiers).forEach(([trusted, tier], i) => {
      if (!tier) return;
      // The required tiers the vendor's tier meets: T0 up to its own.
      terms.push(`(${alias}.trusted_jurisdiction = :viewerSet${i} AND ${alias}.required_tier IN (:...viewerTiers${i}))`);
      params[`viewerSet${i}`] = trusted;
      params[`viewerTiers${i}`] = TIER_NAMES.slice(0, TIER_NAMES.indexOf(tier) + 1);
    });
  }
  return { sql: `(${terms.join(' OR ')})`, params };
}
