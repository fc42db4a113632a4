// The GraphQL side of @app/identity, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/identity/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export * from './identity-api.module';
export * from './models/identity.enums';
export * from './models/identity.models';
