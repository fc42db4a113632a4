export * from './graphql-client';
export * from './own-services';
export * from './tcp-proxy';
export * from './test-database';
export * from './test-stack';
