// The GraphQL side of @app/contracts, apart from the index (which the worker loads): models, inputs and the
// API module with the resolvers. Only the API imports '@app/contracts/api', so the worker's module graph
// never pulls @nestjs/graphql or class-validator (bench/RESULTS.md "worker memory").
export * from './contracts-api.module';
export * from './dto/contract.inputs';
export * from './models/contract.mapper';
export * from './models/contract.models';
