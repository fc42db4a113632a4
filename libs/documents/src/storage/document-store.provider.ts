import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import type { TransferMemoryGovernor } from '../streaming/transfer-memory-governor';
import { TRANSFER_MEMORY_GOVERNOR } from '../streaming/transfer-memory-governor.provider';
import { DOCUMENT_STORE } from './document-store';
import { PostgresDocumentStore } from './postgres-document-store';

/**
 * DOCUMENT_STORAGE picks the store: PostgreSQL (default) or S3. The S3 store is required only when
 * chosen: the AWS SDK adds about 10 MB to every process that loads it (bench/RESULTS.md, API memory).
 */
export const documentStoreProvider: Provider = {
  provide: DOCUMENT_STORE,
  inject: [DOCUMENTS_CONFIG, DataSource, TRANSFER_MEMORY_GOVERNOR],
  useFactory: async (config: DocumentsConfig, dataSource: DataSource, governor: TransferMemoryGovernor) => {
    if (config.storage !== 's3') return new PostgresDocumentStore(dataSource, config.chunkBytes, governor);
    const { S3DocumentStore } = await import('./s3-document-store');
    return new S3DocumentStore(config.s3!, config.chunkBytes, governor);
  },
};
