import { startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

/** `{...Fn} fragment F0 on Query{__typename} fragment Fk on Query{...Fk-1 ...Fk-1}`: 2^n spreads in a few hundred bytes. */
const doublingFragments = (n: number) => {
  const fragments = ['fragment F0 on Query{__typename}'];
  for (let k = 1; k <= n; k++) fragments.push(`fragment F${k} on Query{...F${k - 1} ...F${k - 1}}`);
  return `{...F${n}} ${fragments.join(' ')}`;
};

describe('query cost is checked in linear time (e2e)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('refuses 30 doubling fragments before execution, quickly, and stays responsive', async () => {
    const started = process.cpuUsage();
    const res = await stack.gql(doublingFragments(30));
    const cpuMs = (() => {
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    })();
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0].message).toMatch(/^Query too costly/);
    // The API runs in this process: the whole request, parse to refusal, used little CPU. Generous
    // bound for a shared machine; the old exponential walk needed minutes.
    expect(cpuMs).toBeLessThan(2000);
    const health = await request(stack.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
  });

  it('still runs a small fragment-based query', async () => {
    const res = await stack.gql(doublingFragments(3));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __typename: 'Query' });
  });
});
