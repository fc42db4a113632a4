import { Actor, badInput, invalidState, isUuid, notFound, throwIfProblems, TransactionRunner, Tx } from '@app/core';
import { ChallengeLifecycleService, ChallengeQueryService } from '@app/solicitations';
import { Injectable } from '@nestjs/common';

import { ScoreInput } from './dto/evaluation.inputs';
import { scoreSheetProblems } from './engine/score-rules';
import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';
import { EvaluationScoreEntity } from './entities/evaluation-score.entity';
import { EvaluatorConflictEntity } from './entities/evaluator-conflict.entity';
import { EvaluationPolicy } from './evaluation.policy';
import { ACTIVE_ASSIGNMENT_STATUSES } from './evaluation.types';

/**
 * What an evaluator does with an assignment (docs/product.md steps 3-4): accept it (confirming no
 * conflict), declare a conflict (a replacement follows by job), or submit the score sheet once.
 * The challenge row is locked first, as every evaluation step does, so these serialise with the
 * aggregation, moderation and award of the same challenge.
 */
@Injectable()
export class EvaluatorActionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly challenges: ChallengeQueryService,
  ) {}

  accept(actor: Actor, id: string): Promise<EvaluationAssignmentEntity> {
    return this.act(actor, id, async (tx, assignment) => {
      if (assignment.status === 'ACCEPTED') return assignment;
      if (assignment.status !== 'PENDING') throw invalidState(`A ${assignment.status} assignment cannot be accepted`);
      Object.assign(assignment, { status: 'ACCEPTED', acceptedAt: tx.now });
      await tx.manager.save(assignment);
      tx.audit({
        action: 'evaluation.accepted',
        entityType: 'EvaluationAssignment',
        entityId: id,
        data: { submissionId: assignment.submissionId, noConflictConfirmed: true },
      });
      return assignment;
    });
  }

  declareConflict(actor: Actor, id: string, rawReason: string): Promise<EvaluationAssignmentEntity> {
    const reason = rawReason.trim();
    if (!reason) throw badInput('reason is required to declare a conflict');
    return this.act(actor, id, async (tx, assignment) => {
      if (assignment.status !== 'PENDING' && assignment.status !== 'ACCEPTED')
        throw invalidState(`A ${assignment.status} assignment cannot be declared in conflict`);
      Object.assign(assignment, { status: 'CONFLICT_DECLARED', conflictDeclaredAt: tx.now });
      await tx.manager.save(assignment);
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(EvaluatorConflictEntity)
        .values({
          evaluatorUserId: actor.userId,
          vendorOrganisationId: assignment.vendorOrganisationId,
          reason,
          assignmentId: id,
          declaredAt: tx.now,
        })
        .orIgnore()
        .execute();
      tx.audit({
        action: 'evaluation.conflict-declared',
        entityType: 'EvaluationAssignment',
        entityId: id,
        data: { submissionId: assignment.submissionId, vendorOrganisationId: assignment.vendorOrganisationId, reason },
      });
      tx.emit('evaluation.assign', { challengeId: assignment.challengeId });
      return assignment;
    });
  }

  submitScores(actor: Actor, id: string, scores: ScoreInput[]): Promise<EvaluationAssignmentEntity> {
    return this.act(actor, id, async (tx, assignment) => {
      if (assignment.status === 'PENDING') throw invalidState('Accept the assignment (confirming no conflict) before scoring');
      if (assignment.status !== 'ACCEPTED')
        throw invalidState(`A ${assignment.status} assignment cannot be scored: scores are final once submitted`);
      const criteria = await this.challenges.criteriaOf([assignment.challengeId]);
      const problems = scoreSheetProblems(scores, criteria);
      throwIfProblems(problems);
      await tx.manager.insert(
        EvaluationScoreEntity,
        scores.map((s) => ({
          assignmentId: id,
          criterionId: s.criterionId,
          submissionId: assignment.submissionId,
          score: s.score,
          justification: s.justification.trim(),
        })),
      );
      Object.assign(assignment, { status: 'SCORED', scoredAt: tx.now });
      await tx.manager.save(assignment);
      // Scores stay out of the audit data: evaluators never see each other's, and auditors read the trail early.
      tx.audit({
        action: 'evaluation.scored',
        entityType: 'EvaluationAssignment',
        entityId: id,
        data: { submissionId: assignment.submissionId, criteria: scores.length },
      });
      if (await this.allActiveScored(tx, assignment.submissionId))
        tx.emit('evaluation.aggregate', { submissionId: assignment.submissionId });
      return assignment;
    });
  }

  /** The actor's own assignment on a challenge still EVALUATING; anyone else's reads as missing. */
  private act(actor: Actor, id: string, work: (tx: Tx, assignment: EvaluationAssignmentEntity) => Promise<EvaluationAssignmentEntity>) {
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(EvaluationAssignmentEntity, { id }) : null;
      if (!found || !EvaluationPolicy.ownsAssignment(actor, found)) throw notFound('EvaluationAssignment');
      const challenge = await this.lifecycle.lock(tx, found.challengeId);
      if (challenge?.status !== 'EVALUATING') throw invalidState(`The challenge is ${challenge?.status}: evaluation is over`);
      const assignment = await tx.manager.findOneOrFail(EvaluationAssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      return work(tx, assignment);
    });
  }

  private async allActiveScored(tx: Tx, submissionId: string): Promise<boolean> {
    const active = await tx.manager.find(EvaluationAssignmentEntity, { where: { submissionId } });
    return active.filter((a) => ACTIVE_ASSIGNMENT_STATUSES.includes(a.status)).every((a) => a.status === 'SCORED');
  }
}
