import { startTestStack, TestStack } from '@app/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'path';

const SNAPSHOT_PATH = join(__dirname, '../schema.graphql');

/**
 * schema.graphql is the committed snapshot of the schema the API serves, so reviewers see every API
 * change in a diff. `npm run schema:update` rewrites it (this suite with UPDATE_SCHEMA=1).
 */
describe('served schema snapshot', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('matches schema.graphql (run `npm run schema:update` after an intended API change)', () => {
    const served = printSchema(lexicographicSortSchema(stack.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SNAPSHOT_PATH, served);
    expect(served).toEqual(readFileSync(SNAPSHOT_PATH, 'utf8'));
  });
});
