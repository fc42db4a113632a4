// The webhooks' GraphQL side, apart from the index (which the worker loads to deliver): the API
// module with the resolver, its inputs and models. Only the API imports it.
export * from './webhooks-api.module';
