import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';

/** The name of the resolver @nestjs/graphql (code-first) gives every plain field of an object type. */
const NEST_PLAIN_FIELD_RESOLVER = 'rootFieldResolver';

/** What a plain-field resolver reads from its parent, and what it answers when that is undefined. */
function probe(resolve: GraphQLFieldResolver<unknown, unknown>): { property: string | symbol | undefined; fallback: unknown } {
  let property: string | symbol | undefined;
  const parent = new Proxy(
    {},
    {
      get: (_target, key) => {
        property ??= key;
        return undefined;
      },
    },
  );
  const fallback = resolve(parent, {}, undefined, undefined as never);
  return { property, fallback };
}

/**
 * Drops the resolvers that do nothing GraphQL would not do without one.
 *
 * @nestjs/graphql gives every field of every object type a resolver, `(root) => root[property] ??
 * defaultValue`. For a field read under its own name and without a default, that is exactly what
 * GraphQL does with no resolver at all, but the resolver stops graphql-jit from inlining the read:
 * each field of each row becomes a resolver call with its own resolve info, closures and result
 * bookkeeping (a page of 20 challenges made more than 300 of them per request, most of the
 * execution's CPU and allocation). Fields with a default value, a property of another name,
 * field middleware (a differently named resolver) or a real resolver (@ResolveField) keep theirs.
 *
 * The schema's field objects are changed in place (they are built for this schema only). Models
 * are plain objects and entities without methods, so GraphQL's default resolver (which would call
 * a function-valued property) reads the same values.
 */
export function withoutTrivialFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name !== NEST_PLAIN_FIELD_RESOLVER) continue;
      const { property, fallback } = probe(field.resolve);
      if (property === field.name && fallback === undefined) field.resolve = undefined;
    }
  }
  return schema;
}
