// The GraphQL side of core, apart from the index (which the worker loads): the audit trail's
// resolver, the guard and parameter decorator that read the GraphQL context, the input pipe and
// validators, the error formatter and the query limits. Only the API imports '@app/core/api'.
export * from './audit/audit.resolver';
export * from './auth/current-actor.decorator';
export * from './auth/roles.guard';
export * from './graphql/error-formatter';
export * from './graphql/max-depth.rule';
export * from './graphql/page-args';
export * from './graphql/query-limits';
export * from './graphql/trivial-field-resolvers';
export * from './graphql/validation.pipe';
export * from './money/currency.validator';
