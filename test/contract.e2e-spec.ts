import { startTestStack, TestStack } from '@app/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'fs';
import { buildSchema, findBreakingChanges, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { join } from 'path';

/** The public contract: the base file plus its additive extensions, read together. */
const CONTRACT_FILES = ['contract.graphql', 'contract-integrity.graphql'].map((f) => join(__dirname, '../contract', f));
const contractSdl = () => CONTRACT_FILES.map((f) => readFileSync(f, 'utf8')).join('\n');

/**
 * The served schema must be a compatible superset of contract/*.graphql (the base contract and its
 * additions, read together).
 * NOT_BUILT_YET names what later issues will add ("Query.x", "Mutation.y", "Type.field" or a
 * whole type); each issue shrinks it, and it must end empty. Anything else that is missing or
 * retyped fails this test.
 */
const NOT_BUILT_YET: string[] = [
  // contract-integrity.graphql (procurement-integrity issue)
];

/**
 * The contract without the not-built-yet fields: root fields are dropped and the schema keeps only
 * the types still reachable; a non-root "Type.field" entry is matched on the change's description.
 */
function contractWithout(entries: string[]): GraphQLSchema {
  const contract = buildSchema(contractSdl());
  const strip = (type: GraphQLObjectType | null | undefined) => {
    if (!type) return undefined;
    const config = type.toConfig();
    const fields = Object.fromEntries(Object.entries(config.fields).filter(([name]) => !entries.includes(`${type.name}.${name}`)));
    return new GraphQLObjectType({ ...config, fields });
  };
  return new GraphQLSchema({ query: strip(contract.getQueryType()), mutation: strip(contract.getMutationType()) });
}

describe('public GraphQL contract', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('serves a compatible superset of contract.graphql (minus the explicit not-built-yet list)', () => {
    const served = stack.app.get(GraphQLSchemaHost).schema;
    const breaking = findBreakingChanges(contractWithout(NOT_BUILT_YET), served).map((c) => c.description);
    const allowed = (description: string) => NOT_BUILT_YET.some((entry) => description.startsWith(`${entry} was removed`));
    expect(breaking.filter((d) => !allowed(d))).toEqual([]);
  });

  it('keeps the not-built-yet list honest: every entry is still missing', () => {
    const served = stack.app.get(GraphQLSchemaHost).schema;
    const breaking = findBreakingChanges(contractWithout([]), served).map((c) => c.description);
    const stale = NOT_BUILT_YET.filter((entry) => !breaking.some((d) => d.startsWith(`${entry} was removed`)));
    expect(stale).toEqual([]);
  });
});
