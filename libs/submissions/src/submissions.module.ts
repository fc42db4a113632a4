import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SovereigntyModule } from '@app/sovereignty';
import { SubmissionQueryService } from './submission-query.service';
import { SubmissionService } from './submission.service';
import { VendorStandingService } from './vendor-standing.service';

/** Services shared by the API and the worker; resolvers are added by SubmissionsApiModule. */
@Module({
  imports: [IdentityModule, SovereigntyModule, SolicitationsModule],
  providers: [SubmissionService, SubmissionQueryService, VendorStandingService],
  exports: [SubmissionService, SubmissionQueryService, VendorStandingService],
})
export class SubmissionsModule {}
