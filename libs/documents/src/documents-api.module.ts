import { ContractsModule } from '@app/contracts';
import { SolicitationsModule } from '@app/solicitations';
import { SovereigntyModule } from '@app/sovereignty';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { DocumentAccessService } from './access/document-access.service';
import { DocumentsModule } from './documents.module';
import { ChallengeDocumentsResolver } from './graphql/challenge-documents.resolver';
import { ChallengeDocumentsService } from './graphql/challenge-documents.service';
import { CriterionAnswerDocumentsResolver } from './graphql/criterion-answer-documents.resolver';
import { MilestoneDocumentsResolver } from './graphql/milestone-documents.resolver';
import { QuestionDocumentsResolver } from './graphql/question-documents.resolver';
import { SubmissionDocumentsResolver } from './graphql/submission-documents.resolver';
import { DocumentDownloadController } from './http/document-download.controller';
import { DocumentUploadController } from './http/document-upload.controller';

/** The API side: POST/GET /documents, the GraphQL fields and mutations, and the read rules. */
@Module({
  imports: [DocumentsModule, SolicitationsModule, SubmissionsModule, SovereigntyModule, ContractsModule],
  controllers: [DocumentUploadController, DocumentDownloadController],
  providers: [
    DocumentAccessService,
    ChallengeDocumentsService,
    ChallengeDocumentsResolver,
    SubmissionDocumentsResolver,
    CriterionAnswerDocumentsResolver,
    MilestoneDocumentsResolver,
    QuestionDocumentsResolver,
  ],
  exports: [DocumentsModule, DocumentAccessService],
})
export class DocumentsApiModule {}
