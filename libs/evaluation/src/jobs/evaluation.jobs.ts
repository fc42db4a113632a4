import { HandlesJob, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { AggregationService } from '../aggregation.service';
import { AssignmentService } from '../assignment.service';
import { EvaluationSweepService } from '../evaluation-sweep.service';
import { RankingService } from '../ranking.service';
import { RevocationRescreenService } from '../revocation-rescreen.service';
import { ScreeningService } from '../screening.service';

/** The evaluation workflow's jobs: thin, each delegating to a service that re-reads state. */
@Injectable()
export class EvaluationJobs {
  constructor(
    private readonly screening: ScreeningService,
    private readonly assignment: AssignmentService,
    private readonly aggregation: AggregationService,
    private readonly ranking: RankingService,
    private readonly sweeper: EvaluationSweepService,
    private readonly rescreen: RevocationRescreenService,
  ) {}

  @HandlesJob('evaluation.screen')
  screen(payload: JobPayload<'evaluation.screen'>) {
    return this.screening.screenChallenge(payload.challengeId);
  }

  @HandlesJob('evaluation.assign')
  assign(payload: JobPayload<'evaluation.assign'>) {
    return this.assignment.assignChallenge(payload.challengeId);
  }

  @HandlesJob('evaluation.aggregate')
  aggregate(payload: JobPayload<'evaluation.aggregate'>) {
    return this.aggregation.aggregate(payload.submissionId);
  }

  @HandlesJob('evaluation.rank')
  rank(payload: JobPayload<'evaluation.rank'>) {
    return this.ranking.rankChallenge(payload.challengeId);
  }

  @HandlesJob('evaluation.rescreen-vendor')
  rescreenVendor(payload: JobPayload<'evaluation.rescreen-vendor'>) {
    return this.rescreen.rescreenVendor(payload.organisationId);
  }

  @HandlesJob('evaluation.sweep')
  sweep() {
    return this.sweeper.sweep();
  }
}
