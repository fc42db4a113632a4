// The GraphQL side of @app/submissions, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/submissions/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export { MilestonePlanInput } from './dto/submission.inputs';
export * from './models/submission.mapper';
export * from './models/submission.models';
export * from './submissions-api.module';
