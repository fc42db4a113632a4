import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { AssignmentResolver } from './assignment.resolver';
import { ChallengeEvaluationResolver } from './challenge-evaluation.resolver';
import { EvaluationModule } from './evaluation.module';
import { SubmissionEvaluationResolver } from './submission-evaluation.resolver';

@Module({
  imports: [EvaluationModule, IdentityModule, SolicitationsModule, SubmissionsModule],
  providers: [AssignmentResolver, ChallengeEvaluationResolver, SubmissionEvaluationResolver],
  exports: [EvaluationModule],
})
export class EvaluationApiModule {}
