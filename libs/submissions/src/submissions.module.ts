import { DocumentsModule } from '@app/documents';
import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SovereigntyModule } from '@app/sovereignty';
import { Module } from '@nestjs/common';

import { AwardedSubmissionsService } from './awarded-submissions.service';
import { SubmissionService } from './submission.service';
import { SubmissionEvaluationStateService } from './submission-evaluation-state.service';
import { SubmissionPortsModule } from './submission-ports.module';
import { SubmissionQueryService } from './submission-query.service';
import { VendorStandingService } from './vendor-standing.service';
import { WinnerEligibilityService } from './winner-eligibility.service';

/** Services shared by the API and the worker; resolvers are added by SubmissionsApiModule. */
@Module({
  imports: [IdentityModule, SovereigntyModule, SolicitationsModule, SubmissionPortsModule, DocumentsModule],
  providers: [
    SubmissionService,
    SubmissionQueryService,
    VendorStandingService,
    AwardedSubmissionsService,
    SubmissionEvaluationStateService,
    WinnerEligibilityService,
  ],
  exports: [
    SubmissionService,
    SubmissionQueryService,
    VendorStandingService,
    AwardedSubmissionsService,
    SubmissionEvaluationStateService,
    WinnerEligibilityService,
  ],
})
export class SubmissionsModule {}
