import { DocumentsModule } from '@app/documents';
import { IdentityModule } from '@app/identity';
import { SovereigntyModule } from '@app/sovereignty';
import { Module } from '@nestjs/common';

import { ChallengeService } from './challenge.service';
import { ChallengeClosingService } from './challenge-closing.service';
import { ChallengeLifecycleService } from './challenge-lifecycle.service';
import { ChallengeQueryService } from './challenge-query.service';
import { ChallengeViewerService } from './challenge-viewer';
import { QuestionService } from './question.service';

/** Services shared by the API and the worker (which also runs ChallengeCloseJob); resolvers are in SolicitationsApiModule. */
@Module({
  imports: [IdentityModule, SovereigntyModule, DocumentsModule],
  providers: [
    ChallengeViewerService,
    ChallengeService,
    ChallengeQueryService,
    QuestionService,
    ChallengeClosingService,
    ChallengeLifecycleService,
  ],
  exports: [ChallengeService, ChallengeQueryService, QuestionService, ChallengeClosingService, ChallengeLifecycleService],
})
export class SolicitationsModule {}
