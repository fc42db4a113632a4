import { Module } from '@nestjs/common';

import { DocumentAttachmentService } from './document-attachment.service';
import { DocumentSweepService } from './document-sweep.service';
import { DOCUMENTS_CONFIG, loadDocumentsConfig } from './documents.config';
import { DocumentUploadService } from './intake/document-upload.service';
import { ClamdScanner } from './scanning/clamd-scanner';
import { DOCUMENT_SCANNER, NoScanner } from './scanning/document-scanner';
import { DOCUMENT_STORE } from './storage/document-store';
import { documentStoreProvider } from './storage/document-store.provider';
import { transferMemoryGovernorProvider } from './streaming/transfer-memory-governor.provider';

/**
 * Storage, intake, scanning and attaching, for the API and the worker. It depends on no other
 * domain: the domains that own documents (submissions, ...) import it, and the read rules that
 * need those domains live in DocumentsApiModule.
 */
@Module({
  providers: [
    { provide: DOCUMENTS_CONFIG, useFactory: () => loadDocumentsConfig() },
    transferMemoryGovernorProvider,
    documentStoreProvider,
    {
      provide: DOCUMENT_SCANNER,
      inject: [DOCUMENTS_CONFIG],
      useFactory: (config: ReturnType<typeof loadDocumentsConfig>) => (config.clamav ? new ClamdScanner(config.clamav) : new NoScanner()),
    },
    DocumentUploadService,
    DocumentAttachmentService,
    DocumentSweepService,
  ],
  exports: [DOCUMENTS_CONFIG, DOCUMENT_STORE, DOCUMENT_SCANNER, DocumentUploadService, DocumentAttachmentService, DocumentSweepService],
})
export class DocumentsModule {}
