import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import { DOCUMENT_STORE } from './document-store';
import { PostgresDocumentStore } from './postgres-document-store';
import { S3DocumentStore } from './s3-document-store';

/** DOCUMENT_STORAGE picks the store: PostgreSQL (default) or S3. */
export const documentStoreProvider: Provider = {
  provide: DOCUMENT_STORE,
  inject: [DOCUMENTS_CONFIG, DataSource],
  useFactory: (config: DocumentsConfig, dataSource: DataSource) =>
    config.storage === 's3' ? new S3DocumentStore(config.s3!, config.chunkBytes) : new PostgresDocumentStore(dataSource, config.chunkBytes),
};
