import { JobName, JobPayload, TransactionRunner } from '@app/core';
import { OperatorError } from '@app/identity';
import { Injectable } from '@nestjs/common';

type Planned = { name: JobName; payload: JobPayload<JobName> };

/**
 * Re-runs the pipeline step a challenge's status calls for, through the outbox (so the worker runs
 * it, and it survives a Redis flush like any job). Every step is idempotent: re-running one that
 * already happened changes nothing. Audited as 'challenge.step-rerun'.
 */
@Injectable()
export class StepRerun {
  constructor(private readonly transactions: TransactionRunner) {}

  rerun(challengeId: string): Promise<{ status: string; jobs: JobName[] }> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(challengeId))
      throw new OperatorError(`"${challengeId}" is not a challenge id`);
    return this.transactions.run(null, async (tx) => {
      const [challenge] = await tx.manager.query(
        `SELECT status, submission_deadline <= now() AS past_deadline FROM challenge WHERE id = $1 FOR UPDATE`,
        [challengeId],
      );
      if (!challenge) throw new OperatorError(`no challenge ${challengeId}`);
      const jobs = await this.plan(tx.manager, challengeId, challenge.status, challenge.past_deadline);
      if (!jobs.length) throw new OperatorError(`challenge ${challengeId} is ${challenge.status}: no pipeline step to re-run`);
      for (const job of jobs) tx.emit(job.name, job.payload);
      tx.audit({
        action: 'challenge.step-rerun',
        entityType: 'Challenge',
        entityId: challengeId,
        data: { status: challenge.status, jobs: jobs.map((j) => j.name), by: 'operator-cli' },
      });
      return { status: challenge.status as string, jobs: jobs.map((j) => j.name) };
    });
  }

  /** docs/product.md: PUBLISHED → close at the deadline, CLOSED → screen, EVALUATING → assign, aggregate, rank; AWARD_PENDING → contracts. */
  private async plan(
    manager: { query: (sql: string, params: unknown[]) => Promise<{ id: string }[]> },
    challengeId: string,
    status: string,
    pastDeadline: boolean,
  ): Promise<Planned[]> {
    switch (status) {
      case 'PUBLISHED':
        return pastDeadline ? [{ name: 'challenge.close', payload: { challengeId } }] : [];
      case 'CLOSED':
        return [{ name: 'evaluation.screen', payload: { challengeId } }];
      case 'EVALUATING': {
        const eligible = await manager.query(`SELECT id FROM submission WHERE challenge_id = $1 AND status = 'ELIGIBLE'`, [challengeId]);
        return [
          { name: 'evaluation.assign', payload: { challengeId } },
          ...eligible.map((s): Planned => ({ name: 'evaluation.aggregate', payload: { submissionId: s.id } })),
          { name: 'evaluation.rank', payload: { challengeId } },
        ];
      }
      case 'AWARD_PENDING':
        return [{ name: 'contracts.issue', payload: { challengeId } }];
      default:
        return [];
    }
  }
}
