// The GraphQL side of @app/evaluation, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/evaluation/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export * from './evaluation-api.module';
export * from './models/evaluation.models';
