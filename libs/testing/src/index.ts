export * from './test-stack';
export * from './graphql-client';
export * from './test-database';
