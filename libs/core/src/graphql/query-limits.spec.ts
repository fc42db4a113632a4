import { buildSchema, parse, validate } from 'graphql';

import { maxAliasesRule, maxCostRule } from './query-limits';

const schema = buildSchema(`
  type Item { id: ID! tags: [String!]! children: [Item!]! }
  type Edge { node: Item! }
  type Connection { edges: [Edge!]! totalCount: Int! }
  type Query { item: Item items(first: Int): Connection! all: [Item!]! }
`);
const cost = (max: number) => maxCostRule({ maxCost: max, maxPageSize: 100, defaultListSize: 10 });
const errors = (query: string, rules = [cost(1000)]) => validate(schema, parse(query), rules).map((e) => e.message);

describe('query limits', () => {
  it('multiplies a paged field by first and does not count the edges list twice', () => {
    // items (1) + 50 × [edges (1) + node (1) + id (1)] = 151
    expect(errors('{ items(first: 50) { edges { node { id } } } }', [cost(151)])).toEqual([]);
    expect(errors('{ items(first: 50) { edges { node { id } } } }', [cost(150)])).toEqual(['Query too costly: estimated 151, limit 150']);
  });

  it('assumes the page limit for a variable page size and a default size for plain lists', () => {
    expect(errors('query Q($n: Int) { items(first: $n) { totalCount } }', [cost(100)])).toEqual([
      'Query too costly: estimated 101, limit 100',
    ]);
    // all (1) + 10 × [children (1) + 10 × id (1)] = 111
    expect(errors('{ all { children { id } } }', [cost(110)])).toEqual(['Query too costly: estimated 111, limit 110']);
  });

  it('counts fragments and does not loop on recursive ones', () => {
    const query = 'query { item { ...F } } fragment F on Item { id children { ...F } }';
    expect(errors(query, [cost(10_000)]).filter((m) => m.includes('costly'))).toEqual([]);
  });

  it('limits aliases per operation', () => {
    expect(errors('{ a: item { id } b: item { id } c: item { id } }', [maxAliasesRule(2)])).toEqual([
      'Too many aliases: at most 2 per operation',
    ]);
    expect(errors('{ a: item { id } b: item { id } }', [maxAliasesRule(2)])).toEqual([]);
  });
});

describe('query cost on nested fragments', () => {
  /** `{...Fn} fragment F0 on Query{__typename} fragment Fk on Query{...Fk-1 ...Fk-1}`: 2^n spreads. */
  const doubling = (n: number) => {
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let k = 1; k <= n; k++) fragments.push(`fragment F${k} on Query { ...F${k - 1} ...F${k - 1} }`);
    return `{ ...F${n} } ${fragments.join(' ')}`;
  };

  it('refuses 2^30 spreads in linear time (each fragment costed once)', () => {
    const started = process.cpuUsage();
    const messages = errors(doubling(30), [cost(5000)]);
    const used = process.cpuUsage(started);
    expect(messages).toEqual(['Query too costly: estimated 2147483647, limit 5000']);
    expect((used.user + used.system) / 1000).toBeLessThan(1000); // generous: the old walk took minutes
  });

  it('counts spreads of empty fragments', () => {
    // ...F2 (1) + F2 = 2 × (1 + F1), F1 = 2 × (1 + 0) = 2 → 1 + 6 = 7
    expect(errors(doubling(2), [cost(6)])).toEqual(['Query too costly: estimated 7, limit 6']);
    expect(errors(doubling(2), [cost(7)])).toEqual([]);
  });
});
