// The GraphQL side of @app/sovereignty, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/sovereignty/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export * from './models/sovereignty.enums';
export * from './models/sovereignty.models';
export * from './sovereignty-api.module';
