import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';

/** graphql-scalars types, named as in contract/contract.graphql. Nest's own DateTime would clash. */
export const DateTimeScalar = DateTimeResolver;
export const SafeIntScalar = SafeIntResolver;
export const JSONScalar = JSONResolver;
