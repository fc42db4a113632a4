import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SovereigntyModule } from '@app/sovereignty';
import { Module } from '@nestjs/common';

import { ChallengeSubmissionsResolver } from './challenge-submissions.resolver';
import { SubmissionResolver } from './submission.resolver';
import { SubmissionsModule } from './submissions.module';

@Module({
  imports: [SubmissionsModule, IdentityModule, SovereigntyModule, SolicitationsModule],
  providers: [SubmissionResolver, ChallengeSubmissionsResolver],
  exports: [SubmissionsModule],
})
export class SubmissionsApiModule {}
