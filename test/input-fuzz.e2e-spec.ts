import { startTestStack, TestStack } from '@app/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';
import { adminLogin, createBuyerUser } from '../libs/solicitations/test-support/marketplace-fixtures';

/** mulberry32: a small seeded PRNG, so a failure replays exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 17_2026;
const REQUESTS_PER_FIELD = 6;

const deepJson = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { k: value };
  return value;
};

/** Malformed, hostile and borderline values per type; some well-formed ones so deeper code runs too. */
const STRINGS = [
  '',
  ' ',
  'a\u0000b',
  'tab\there',
  'line\nbreak',
  '\u001B[31m',
  '\u202Eevil',
  '\uD800',
  'x'.repeat(5000),
  '-'.repeat(36),
  'not-a-uuid',
  '00000000-0000-4000-8000-000000000000',
  "'; DROP TABLE challenge; --",
  '%',
  'EUR',
  'fuzz@example.test',
  '2026-99-99T00:00:00Z',
  'ZXZpbA',
];
const INTS = [0, -1, 1, 2_147_483_647, -2_147_483_648, 100_000];
const SAFE_INTS = [0, -1, 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 250_000_000];
const DATES = [
  '2026-13-45T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  'yesterday',
  new Date(Date.now() + 86_400_000).toISOString(),
];
const JSONS = [{}, [], null, 'text', 42, { 'k\u0000': 1 }, deepJson(200), { value: 'a\u0000' }];

function valueFor(type: GraphQLInputType, random: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  if (isNonNullType(type)) return valueFor(type.ofType, random, depth);
  if (random() < 0.05) return pick([null, 'wrong-type', 12, true, {}]); // type confusion, refused by coercion
  if (isListType(type)) return Array.from({ length: Math.floor(random() * 4) }, () => valueFor(type.ofType, random, depth + 1));
  if (isEnumType(type)) return pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || random() < 0.6)
        .map((f) => [f.name, valueFor(f.type, random, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return pick(INTS);
      case 'SafeInt':
        return pick(SAFE_INTS);
      case 'Float':
        return pick([0, -1.5, 1e308, 0.5]);
      case 'Boolean':
        return random() < 0.5;
      case 'DateTime':
        return pick(DATES);
      case 'JSON':
        return pick(JSONS);
      default:
        return pick(STRINGS); // String, ID and anything string-like
    }
  }
  return null;
}

const graphqlTypeName = (type: GraphQLInputType): string => type.toString();

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${graphqlTypeName(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * A seeded, bounded fuzzer over every query and mutation of the served schema: malformed strings
 * (NUL, controls, bidi, lone surrogates, huge), bad ids, extreme numbers, impossible dates, deep
 * JSON, type confusion, each as anonymous, admin, officer and vendor. Nothing may answer 5xx or
 * INTERNAL_SERVER_ERROR (issue: "no input causes INTERNAL_SERVER_ERROR").
 */
describe('input fuzzer over the served schema (e2e)', () => {
  let stack: TestStack;
  let tokens: (string | undefined)[];

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    const officer = await createBuyerUser(stack.gql, admin);
    const vendor = await registerVendor(stack.gql);
    tokens = [undefined, admin.token, officer.token, vendor.token];
  });
  afterAll(() => stack.close());

  it('answers every malformed request with a client error, never a 5xx or INTERNAL_SERVER_ERROR', async () => {
    const schema = stack.app.get(GraphQLSchemaHost).schema;
    const random = prng(SEED);
    const roots: ['query' | 'mutation', GraphQLObjectType][] = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ];
    const failures: string[] = [];
    let sent = 0;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        for (let i = 0; i < REQUESTS_PER_FIELD; i++) {
          const variables = Object.fromEntries(
            field.args.filter((a) => isNonNullType(a.type) || random() < 0.7).map((a) => [a.name, valueFor(a.type, random)]),
          );
          const token = tokens[Math.floor(random() * tokens.length)];
          const res = await stack.gql(operationFor(kind, field), variables, token);
          sent++;
          const internal = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (res.status >= 500 || internal)
            failures.push(`${kind} ${field.name} ${JSON.stringify(variables).slice(0, 300)} → ${res.status} ${internal?.message ?? ''}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(300);
  }, 600_000);
});
