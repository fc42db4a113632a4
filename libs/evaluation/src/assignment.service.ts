import { TransactionRunner, Tx } from '@app/core';
import { IdentityService } from '@app/identity';
import { ChallengeLifecycleService, ChallengeQueryService } from '@app/solicitations';
import { SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';

import { planAssignments } from './engine';
import { EvaluationAssignmentEntity } from './entities/evaluation-assignment.entity';
import { EvaluatorConflictEntity } from './entities/evaluator-conflict.entity';
import { ACTIVE_ASSIGNMENT_STATUSES } from './evaluation.types';

export interface AssignOutcome {
  assigned: number;
  /** Assignments still missing after this run: the pool is too small until the officer invites more. */
  missing: number;
}

const NOTHING: AssignOutcome = { assigned: 0, missing: 0 };

/**
 * Staffing (docs/product.md step 2) through the pure planner: fills each ELIGIBLE submission of an
 * EVALUATING challenge up to evaluatorsPerSubmission. Re-running plans only what is missing, and
 * the unique (submission, evaluator) index refuses a duplicate if two runs ever raced.
 */
@Injectable()
export class AssignmentService {
  private readonly logger = new Logger('EvaluationAssignment');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly challenges: ChallengeQueryService,
    private readonly identity: IdentityService,
    private readonly submissions: SubmissionEvaluationStateService,
  ) {}

  assignChallenge(challengeId: string): Promise<AssignOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'EVALUATING') return NOTHING;
      const submissions = await this.submissions.ofChallenge(tx, challengeId, ['ELIGIBLE']);
      if (!submissions.length) return NOTHING;
      const pool = await this.challenges.evaluatorPool(challengeId);
      // Users disabled or stripped of the role since they were invited no longer count.
      const users = (await this.identity.findUsers(pool.map((p) => p.userId))).filter(
        (u) => !u.disabledAt && u.roles.includes('EVALUATOR'),
      );
      const existing = await tx.manager.find(EvaluationAssignmentEntity, { where: { challengeId } });
      const conflicts = users.length
        ? await tx.manager.find(EvaluatorConflictEntity, { where: { evaluatorUserId: In(users.map((u) => u.id)) } })
        : [];
      const plan = planAssignments({
        submissions: submissions.map((s) => ({ id: s.id, vendorOrgId: s.vendorOrganisationId })),
        evaluators: users.map((u) => ({ userId: u.id, orgId: u.organisationId })),
        perSubmission: challenge.evaluatorsPerSubmission,
        existing: existing.map((a) => ({
          submissionId: a.submissionId,
          evaluatorId: a.evaluatorUserId,
          active: ACTIVE_ASSIGNMENT_STATUSES.includes(a.status),
        })),
        conflicts: conflicts.map((c) => ({ evaluatorId: c.evaluatorUserId, vendorOrgId: c.vendorOrganisationId })),
        excludedUserIds: [challenge.createdByUserId],
        currentLoad: await this.loads(
          tx,
          users.map((u) => u.id),
        ),
      });
      const vendorOf = new Map(submissions.map((s) => [s.id, s.vendorOrganisationId]));
      const assigned = await this.insert(
        tx,
        challengeId,
        plan.assignments.map((p) => ({ ...p, vendorOrganisationId: vendorOf.get(p.submissionId)! })),
      );
      const missing = plan.shortfall.reduce((sum, s) => sum + s.missing, 0);
      if (missing) this.logger.warn(`challenge ${challengeId}: ${missing} assignment(s) missing, the evaluator pool is too small`);
      return { assigned, missing };
    });
  }

  /** Active assignments per evaluator across the platform: "least-loaded first". */
  private async loads(tx: Tx, userIds: string[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows: { evaluator_user_id: string; load: string }[] = await tx.manager.query(
      `SELECT evaluator_user_id, count(*) AS load FROM evaluation_assignment
        WHERE evaluator_user_id = ANY($1) AND status = ANY($2) GROUP BY evaluator_user_id`,
      [userIds, ACTIVE_ASSIGNMENT_STATUSES],
    );
    return new Map(rows.map((r) => [r.evaluator_user_id, Number(r.load)]));
  }

  private async insert(
    tx: Tx,
    challengeId: string,
    planned: { submissionId: string; evaluatorId: string; vendorOrganisationId: string }[],
  ): Promise<number> {
    if (!planned.length) return 0;
    const result = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(EvaluationAssignmentEntity)
      .values(
        planned.map((p) => ({
          challengeId,
          submissionId: p.submissionId,
          vendorOrganisationId: p.vendorOrganisationId,
          evaluatorUserId: p.evaluatorId,
          status: 'PENDING' as const,
          assignedAt: tx.now,
        })),
      )
      .orIgnore()
      .returning(['id', 'submissionId', 'evaluatorUserId'])
      .execute();
    const rows = result.raw as { id: string; submission_id: string; evaluator_user_id: string }[];
    for (const row of rows) {
      tx.audit({
        action: 'evaluation.assigned',
        entityType: 'EvaluationAssignment',
        entityId: row.id,
        data: { challengeId, submissionId: row.submission_id, evaluatorUserId: row.evaluator_user_id },
      });
    }
    return rows.length;
  }
}
