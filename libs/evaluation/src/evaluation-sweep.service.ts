import { TransactionRunner } from '@app/core';
import { ChallengeLifecycleService } from '@app/solicitations';
import { Injectable, Logger } from '@nestjs/common';

import { AggregationService } from './aggregation.service';
import { AssignmentService } from './assignment.service';
import { AssignmentWithdrawalService } from './assignment-withdrawal.service';
import { RankingService } from './ranking.service';
import { ScreeningService } from './screening.service';

export interface SweepOutcome {
  screened: number;
  /** PENDING assignments withdrawn for not being accepted in time (then reassigned below). */
  withdrawn: number;
  assigned: number;
  aggregated: number;
  ranked: number;
}

/**
 * The safety net behind the evaluation jobs: PostgreSQL is the source of truth and Redis only
 * transport, so every pending step is re-derived from table state (a CLOSED challenge is not yet
 * screened; an EVALUATING one may lack evaluators, aggregates or its ranking; a PENDING assignment
 * may have outlived ASSIGNMENT_ACCEPT_HOURS and is withdrawn) and run again. Each
 * step is idempotent, so the sweep and a late job can overlap harmlessly.
 */
@Injectable()
export class EvaluationSweepService {
  private readonly logger = new Logger('EvaluationSweep');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly screening: ScreeningService,
    private readonly assignment: AssignmentService,
    private readonly aggregation: AggregationService,
    private readonly ranking: RankingService,
    private readonly withdrawal: AssignmentWithdrawalService,
  ) {}

  async sweep(): Promise<SweepOutcome> {
    const outcome: SweepOutcome = {
      screened: 0,
      withdrawn: await this.withdrawal.withdrawUnaccepted(),
      assigned: 0,
      aggregated: 0,
      ranked: 0,
    };
    const [closed, evaluating] = await this.transactions.run(null, async (tx) => [
      await this.lifecycle.idsInStatus(tx, ['CLOSED']),
      await this.lifecycle.idsInStatus(tx, ['EVALUATING']),
    ]);
    for (const id of closed) {
      await this.guarded(id, async () => {
        if ((await this.screening.screenChallenge(id)) !== 'SKIPPED') outcome.screened += 1;
      });
    }
    for (const id of [...evaluating, ...closed]) {
      await this.guarded(id, async () => {
        outcome.assigned += (await this.assignment.assignChallenge(id)).assigned;
        outcome.aggregated += await this.aggregation.aggregateChallenge(id);
        if ((await this.ranking.rankChallenge(id)) === 'RANKED') outcome.ranked += 1;
      });
    }
    if (Object.values(outcome).some((n) => n > 0)) this.logger.log(`sweep recovered ${JSON.stringify(outcome)}`);
    return outcome;
  }

  /** One challenge's failure is logged and retried next sweep; it never holds up the others. */
  private async guarded(challengeId: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.logger.error(`sweeping challenge ${challengeId} failed: ${(error as Error).message}`);
    }
  }
}
