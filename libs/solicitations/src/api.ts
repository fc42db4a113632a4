// The GraphQL side of @app/solicitations, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/solicitations/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export { ChallengeFilter } from './dto/challenge.inputs';
export * from './models/challenge.mapper';
export * from './models/challenge.models';
export * from './models/money.models';
export * from './models/solicitations.enums';
export * from './solicitations-api.module';
