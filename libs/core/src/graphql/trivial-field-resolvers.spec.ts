import { graphql, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

import { withoutTrivialFieldResolvers } from './trivial-field-resolvers';

/** The resolver @nestjs/graphql gives a plain field: its property, or the field's default value. */
function nestPlainResolver(property: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>) => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

function schemaOf() {
  const item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      title: { type: GraphQLString, resolve: nestPlainResolver('title') },
      size: { type: GraphQLInt, resolve: nestPlainResolver('size', 3) },
      label: { type: GraphQLString, resolve: nestPlainResolver('internalLabel') },
      loud: { type: GraphQLString, resolve: (root: { title: string }) => root.title.toUpperCase() },
    },
  });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: { item: { type: item, resolve: () => ({ title: 'radar', internalLabel: 'R-1' }) } },
  });
  return new GraphQLSchema({ query });
}

describe('withoutTrivialFieldResolvers', () => {
  it("drops only Nest's plain-field resolvers that read the field's own name without a default", () => {
    const fields = (withoutTrivialFieldResolvers(schemaOf()).getType('Item') as GraphQLObjectType).getFields();
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.size.resolve).toBeDefined(); // a default value
    expect(fields.label.resolve).toBeDefined(); // another property name
    expect(fields.loud.resolve).toBeDefined(); // a real resolver
  });

  it('answers exactly as before', async () => {
    const source = '{ item { title size label loud } }';
    const before = await graphql({ schema: schemaOf(), source });
    const after = await graphql({ schema: withoutTrivialFieldResolvers(schemaOf()), source });
    expect(after).toEqual(before);
    expect(after.data).toEqual({ item: { title: 'radar', size: 3, label: 'R-1', loud: 'RADAR' } });
  });
});
