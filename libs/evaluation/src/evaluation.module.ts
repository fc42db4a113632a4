import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SovereigntyModule } from '@app/sovereignty';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { AggregationService } from './aggregation.service';
import { AssignmentService } from './assignment.service';
import { AssignmentWithdrawalService } from './assignment-withdrawal.service';
import { AwardService } from './award.service';
import { EvaluationSweepService } from './evaluation-sweep.service';
import { EvaluatorAccessModule } from './evaluator-access.module';
import { EvaluatorActionsService } from './evaluator-actions.service';
import { NoAwardService } from './no-award.service';
import { RankingService } from './ranking.service';
import { RevocationRescreenService } from './revocation-rescreen.service';
import { ScreeningService } from './screening.service';

const SERVICES = [
  ScreeningService,
  AssignmentService,
  EvaluatorActionsService,
  AggregationService,
  RankingService,
  AwardService,
  NoAwardService,
  AssignmentWithdrawalService,
  RevocationRescreenService,
  EvaluationSweepService,
];

/** Services shared by the API and the worker; the worker also registers EvaluationJobs. Resolvers are in EvaluationApiModule. */
@Module({
  imports: [IdentityModule, SovereigntyModule, SolicitationsModule, SubmissionsModule, EvaluatorAccessModule],
  providers: SERVICES,
  exports: [...SERVICES, EvaluatorAccessModule],
})
export class EvaluationModule {}
