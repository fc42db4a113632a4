import { readFileSync } from 'fs';
import { buildSchema, parse, validate } from 'graphql';
import { join } from 'path';

import { maxCostRule } from '../../libs/core/src/graphql/query-limits';
import * as documents from './src/gql/graphql';

/**
 * Every operation the console sends must pass the API's query-cost limit at its defaults
 * (GRAPHQL_MAX_COST 5000, page size 100, lists counted as 20: libs/core/src/config/load-config.ts,
 * apps/api/src/graphql.options.ts), or a page breaks only once it is served. Nested lists (documents
 * of questions, of milestones) add up fast: a page over the limit splits its query, as the
 * submissions and contracts pages do.
 */
describe('console operations and the query-cost limit', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
  const operations = Object.entries(documents).filter(([name]) => name.endsWith('Document'));

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations)('%s stays within the default limit', (_name, document) => {
    const problems = validate(schema, parse(String(document)), [maxCostRule({ maxCost: 5000, maxPageSize: 100, defaultListSize: 20 })]);
    expect(problems.map((p) => p.message)).toEqual([]);
  });
});
