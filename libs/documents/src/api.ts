// The API side, apart from the index: it depends on the domains (submissions, ...) that depend on this library,
// and it holds the GraphQL models, which the worker (it loads the index) must not pull.
export * from './access/document-access.service';
export * from './documents-api.module';
export * from './graphql/document.models';
export * from './multipart';
