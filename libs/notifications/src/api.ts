// The GraphQL side of @app/notifications, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/notifications/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export * from './notifications-api.module';
