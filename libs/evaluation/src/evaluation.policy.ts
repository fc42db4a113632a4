import { Actor, hasRole } from '@app/core';
import { SolicitationsPolicy } from '@app/solicitations';

import { type AssignmentStatusName, READING_ASSIGNMENT_STATUSES } from './evaluation.types';

interface ChallengeFacts {
  buyerOrganisationId: string;
  status: Parameters<typeof SolicitationsPolicy.bidsOpened>[0]['status'];
  closedAt: Date | null;
}

/** Statuses after the award decision (an award or no award): debriefs and results open to each bidder. */
const DECIDED = ['AWARD_PENDING', 'AWARDED', 'NO_AWARD'];

/**
 * Who sees and does what in the evaluation workflow, in one place:
 * - Evaluators act on their own assignments only; another's assignment does not exist for them.
 *   They never see other evaluators' scores, results, rankings or progress.
 * - A submission's content opens to an evaluator once they accepted (confirmed no conflict).
 * - The buyer's officers (after close) see progress, screening and results, moderate, and see the
 *   ranking once it exists; they approve the award. Officers of other buyers see nothing.
 * - A vendor's own users see their screening after close, and their result and debrief (own
 *   scores and justifications, evaluators unnamed) once the award decision is taken.
 */
export const EvaluationPolicy = {
  ownsAssignment(actor: Actor, assignment: { evaluatorUserId: string }): boolean {
    return hasRole(actor, 'EVALUATOR') && assignment.evaluatorUserId === actor.userId;
  },

  readsContent(status: AssignmentStatusName): boolean {
    return READING_ASSIGNMENT_STATUSES.includes(status);
  },

  officerOf(actor: Actor | null, challenge: ChallengeFacts): boolean {
    return SolicitationsPolicy.isBuyerOfficer(actor, challenge) && SolicitationsPolicy.bidsOpened(challenge);
  },

  decided(challenge: Pick<ChallengeFacts, 'status'>): boolean {
    return DECIDED.includes(challenge.status);
  },

  canSeeScreening(actor: Actor | null, submission: { vendorOrganisationId: string }, challenge: ChallengeFacts): boolean {
    return EvaluationPolicy.isOwnVendor(actor, submission) || EvaluationPolicy.officerOf(actor, challenge);
  },

  canSeeResult(actor: Actor | null, submission: { vendorOrganisationId: string }, challenge: ChallengeFacts): boolean {
    return (
      EvaluationPolicy.officerOf(actor, challenge) ||
      (EvaluationPolicy.isOwnVendor(actor, submission) && EvaluationPolicy.decided(challenge))
    );
  },

  canSeeDebrief(actor: Actor | null, submission: { vendorOrganisationId: string }, challenge: ChallengeFacts): boolean {
    return EvaluationPolicy.isOwnVendor(actor, submission) && EvaluationPolicy.decided(challenge);
  },

  isOwnVendor(actor: Actor | null, submission: { vendorOrganisationId: string }): boolean {
    return !!actor && hasRole(actor, 'VENDOR') && actor.organisationId === submission.vendorOrganisationId;
  },
};
