// The API side, apart from the index: it depends on the domains (submissions, ...) that depend on this library.
export * from './access/document-access.service';
export * from './documents-api.module';
export * from './multipart';
