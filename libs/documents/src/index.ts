export * from './document-attachment.service';
export * from './document-sweep.job';
export * from './document-sweep.service';
export * from './documents.config';
export * from './documents.module';
export * from './documents.types';
export * from './intake/document-upload.service';
export * from './storage/document-store';
