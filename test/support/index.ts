export * from './graphql-client';
export * from './tcp-proxy';
export * from './test-database';
export * from './test-stack';
