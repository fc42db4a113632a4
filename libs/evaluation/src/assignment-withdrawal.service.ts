import { Actor, APP_CONFIG, AppConfig, badInput, invalidState, isUuid, notFound, TransactionRunner, Tx } from '@app/core';
import { ChallengeLifecycleService, SolicitationsPolicy } from '@app/solicitations';
import { Inject, Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';

import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';

/** Assignments still in the evaluator's hands: what a withdrawal may take away. */
const WITHDRAWABLE = ['PENDING', 'ACCEPTED'];

/**
 * An evaluation must not stall (docs/product.md, "Evaluation"): the buyer's officer may withdraw an
 * assignment with a reason, and the worker withdraws a PENDING one not accepted within
 * ASSIGNMENT_ACCEPT_HOURS. Either way the assignment becomes WITHDRAWN (audited with its reason),
 * stops counting, and the assignment job fills the gap from the invited pool (never the same
 * evaluator again on that bid).
 */
@Injectable()
export class AssignmentWithdrawalService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  withdraw(actor: Actor, id: string, rawReason: string): Promise<EvaluationAssignmentEntity> {
    const reason = rawReason.trim();
    return this.transactions.run(actor, async (tx) => {
      const found = isUuid(id) ? await tx.manager.findOneBy(EvaluationAssignmentEntity, { id }) : null;
      const challenge = found && (await this.lifecycle.lock(tx, found.challengeId));
      if (!found || !challenge || !SolicitationsPolicy.isBuyerOfficer(actor, challenge)) throw notFound('EvaluationAssignment');
      if (!reason) throw badInput('reason is required to withdraw an assignment');
      if (reason.length > 4000) throw badInput('reason must be at most 4000 characters');
      if (challenge.status !== 'EVALUATING') throw invalidState(`The challenge is ${challenge.status}: evaluation is over`);
      const assignment = await tx.manager.findOneOrFail(EvaluationAssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!WITHDRAWABLE.includes(assignment.status))
        throw invalidState(`A ${assignment.status} assignment cannot be withdrawn (only PENDING or ACCEPTED)`);
      await this.markWithdrawn(tx, assignment, reason, actor.userId);
      return assignment;
    });
  }

  /** The worker's sweep: PENDING assignments of EVALUATING challenges older than the acceptance window. */
  async withdrawUnaccepted(): Promise<number> {
    const cutoffMs = this.config.assignmentAcceptHours * 3600_000;
    return this.transactions.run(null, async (tx) => {
      const stale = await tx.manager.find(EvaluationAssignmentEntity, {
        where: { status: 'PENDING', assignedAt: LessThan(new Date(tx.now.getTime() - cutoffMs)) },
        order: { assignedAt: 'ASC' },
        take: 200,
      });
      let withdrawn = 0;
      for (const candidate of stale) {
        const challenge = await this.lifecycle.lock(tx, candidate.challengeId);
        if (challenge?.status !== 'EVALUATING') continue;
        const assignment = await tx.manager.findOneOrFail(EvaluationAssignmentEntity, {
          where: { id: candidate.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (assignment.status !== 'PENDING') continue;
        await this.markWithdrawn(tx, assignment, `not accepted within ${this.config.assignmentAcceptHours} hours`, null);
        withdrawn += 1;
      }
      return withdrawn;
    });
  }

  /** Inside the caller's transaction: a bid screened out mid-evaluation needs no more scores. */
  async withdrawOpenOf(tx: Tx, submissionId: string, reason: string): Promise<number> {
    const open = await tx.manager.find(EvaluationAssignmentEntity, {
      where: { submissionId, status: In(WITHDRAWABLE) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const assignment of open) await this.markWithdrawn(tx, assignment, reason, null);
    return open.length;
  }

  private async markWithdrawn(tx: Tx, assignment: EvaluationAssignmentEntity, reason: string, byUserId: string | null): Promise<void> {
    const from = assignment.status;
    Object.assign(assignment, { status: 'WITHDRAWN', withdrawnAt: tx.now, withdrawalReason: reason });
    await tx.manager.save(assignment);
    tx.audit({
      action: 'evaluation.assignment-withdrawn',
      entityType: 'EvaluationAssignment',
      entityId: assignment.id,
      data: {
        challengeId: assignment.challengeId,
        submissionId: assignment.submissionId,
        evaluatorUserId: assignment.evaluatorUserId,
        from,
        reason,
        by: byUserId ?? 'worker',
      },
    });
    tx.emit('evaluation.assign', { challengeId: assignment.challengeId });
  }
}
