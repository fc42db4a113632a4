import { SolicitationsModule } from '@app/solicitations';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { DocumentAccessService } from './access/document-access.service';
import { DocumentsModule } from './documents.module';
import { ChallengeDocumentsResolver } from './graphql/challenge-documents.resolver';
import { ChallengeDocumentsService } from './graphql/challenge-documents.service';
import { SubmissionDocumentsResolver } from './graphql/submission-documents.resolver';
import { DocumentDownloadController } from './http/document-download.controller';
import { DocumentUploadController } from './http/document-upload.controller';

/** The API side: POST/GET /documents, the GraphQL fields and mutations, and the read rules. */
@Module({
  imports: [DocumentsModule, SolicitationsModule, SubmissionsModule],
  controllers: [DocumentUploadController, DocumentDownloadController],
  providers: [DocumentAccessService, ChallengeDocumentsService, ChallengeDocumentsResolver, SubmissionDocumentsResolver],
  exports: [DocumentsModule, DocumentAccessService],
})
export class DocumentsApiModule {}
