import { AuditRecord, AuditWriter, TransactionRunner, Tx } from '@app/core';
import { IdentityService } from '@app/identity';
import { ChallengeLifecycleService, ChallengeQueryService } from '@app/solicitations';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';

import { planAssignments } from './engine';
import { EvaluatorConflictEntity } from './entities/evaluator-conflict.entity';
import { ACTIVE_ASSIGNMENT_STATUSES } from './evaluation.types';

export interface AssignOutcome {
  assigned: number;
  /** Assignments still missing after this run: the pool is too small until the officer invites more. */
  missing: number;
}

const NOTHING: AssignOutcome = { assigned: 0, missing: 0 };

/** Rows per INSERT (assignments and their audit events): bounded statements and parameters at any size. */
export const ASSIGNMENT_WRITE_CHUNK = 5000;

/**
 * Staffing (docs/product.md step 2) through the pure planner: fills each ELIGIBLE submission of an
 * EVALUATING challenge up to evaluatorsPerSubmission. Re-running plans only what is missing, and
 * the unique (submission, evaluator) index refuses a duplicate if two runs ever raced.
 *
 * Set-based (issue 16): the bids and existing assignments are read as compact rows (ids only), the
 * plan is computed in memory, and it is written with INSERT … unnest and one audit INSERT per
 * ASSIGNMENT_WRITE_CHUNK assignments, never a statement per bid.
 */
@Injectable()
export class AssignmentService {
  private readonly logger = new Logger('EvaluationAssignment');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly challenges: ChallengeQueryService,
    private readonly identity: IdentityService,
    private readonly auditWriter: AuditWriter,
  ) {}

  assignChallenge(challengeId: string): Promise<AssignOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'EVALUATING') return NOTHING;
      // The sweep asks every 15 s: a fully staffed challenge answers with one count, not 10,000 rows.
      const [{ understaffed }]: { understaffed: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS understaffed FROM submission s
          WHERE s.challenge_id = $1 AND s.status = 'ELIGIBLE'
            AND (SELECT count(*) FROM evaluation_assignment a WHERE a.submission_id = s.id AND a.status = ANY($2)) < $3`,
        [challengeId, ACTIVE_ASSIGNMENT_STATUSES, challenge.evaluatorsPerSubmission],
      );
      if (!understaffed) return NOTHING;
      const submissions: { id: string; vendor_organisation_id: string }[] = await tx.manager.query(
        `SELECT id, vendor_organisation_id FROM submission WHERE challenge_id = $1 AND status = 'ELIGIBLE'`,
        [challengeId],
      );
      if (!submissions.length) return NOTHING;
      const pool = await this.challenges.evaluatorPool(challengeId);
      // Users disabled or stripped of the role since they were invited no longer count.
      const users = (await this.identity.findUsers(pool.map((p) => p.userId))).filter(
        (u) => !u.disabledAt && u.roles.includes('EVALUATOR'),
      );
      const existing: { submission_id: string; evaluator_user_id: string; active: boolean }[] = await tx.manager.query(
        `SELECT submission_id, evaluator_user_id, status = ANY($2) AS active FROM evaluation_assignment WHERE challenge_id = $1`,
        [challengeId, ACTIVE_ASSIGNMENT_STATUSES],
      );
      const conflicts = users.length
        ? await tx.manager.find(EvaluatorConflictEntity, { where: { evaluatorUserId: In(users.map((u) => u.id)) } })
        : [];
      const plan = planAssignments({
        submissions: submissions.map((s) => ({ id: s.id, vendorOrgId: s.vendor_organisation_id })),
        evaluators: users.map((u) => ({ userId: u.id, orgId: u.organisationId })),
        perSubmission: challenge.evaluatorsPerSubmission,
        existing: existing.map((a) => ({ submissionId: a.submission_id, evaluatorId: a.evaluator_user_id, active: a.active })),
        conflicts: conflicts.map((c) => ({ evaluatorId: c.evaluatorUserId, vendorOrgId: c.vendorOrganisationId })),
        excludedUserIds: [challenge.createdByUserId],
        currentLoad: await this.loads(
          tx,
          users.map((u) => u.id),
        ),
      });
      const vendorOf = new Map(submissions.map((s) => [s.id, s.vendor_organisation_id]));
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

  /** Writes the plan in chunks; the unique index skips a pair another run inserted first. */
  private async insert(
    tx: Tx,
    challengeId: string,
    planned: { submissionId: string; evaluatorId: string; vendorOrganisationId: string }[],
  ): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < planned.length; i += ASSIGNMENT_WRITE_CHUNK) {
      const chunk = planned.slice(i, i + ASSIGNMENT_WRITE_CHUNK);
      const rows: { id: string; submission_id: string; evaluator_user_id: string }[] = await tx.manager.query(
        `INSERT INTO evaluation_assignment (challenge_id, submission_id, vendor_organisation_id, evaluator_user_id, status, assigned_at)
         SELECT $1, u.submission_id, u.vendor_organisation_id, u.evaluator_user_id, 'PENDING', $2
           FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) WITH ORDINALITY AS u(submission_id, vendor_organisation_id, evaluator_user_id, n)
          ORDER BY u.n
         ON CONFLICT DO NOTHING
         RETURNING id, submission_id, evaluator_user_id`,
        [challengeId, tx.now, chunk.map((p) => p.submissionId), chunk.map((p) => p.vendorOrganisationId), chunk.map((p) => p.evaluatorId)],
      );
      const records: AuditRecord[] = rows.map((row) => ({
        action: 'evaluation.assigned',
        entityType: 'EvaluationAssignment',
        entityId: row.id,
        data: { challengeId, submissionId: row.submission_id, evaluatorUserId: row.evaluator_user_id },
      }));
      // Straight through the AuditWriter (same transaction) rather than tx.audit, which would send
      // all of a 10,000-bid challenge's events in one statement, past PostgreSQL's parameter limit.
      await this.auditWriter.append(tx.manager, tx.actor?.userId ?? null, records);
      inserted += rows.length;
    }
    return inserted;
  }
}
