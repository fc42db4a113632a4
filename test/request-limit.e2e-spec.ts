import { startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

const LIMIT = 5;

/**
 * The global per-client request limit (REQUESTS_PER_MINUTE, @fastify/rate-limit) in the in-process
 * app: it refuses on /graphql with 429 and RATE_LIMITED, like on every other route. It used to let
 * the request through the GraphQL error formatter as a 200 INTERNAL_SERVER_ERROR.
 */
describe('request limit (e2e)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { REQUESTS_PER_MINUTE: String(LIMIT) } });
  });
  afterAll(() => stack.close());

  const post = () =>
    request(stack.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });

  it('answers 429 RATE_LIMITED once a client has used its budget for the minute', async () => {
    // Windows are aligned to the clock minute: start in a fresh one rather than straddle two.
    const first = await post();
    const freshWindow = Number(first.headers['x-ratelimit-reset']) <= 3;
    if (freshWindow) await new Promise((resolve) => setTimeout(resolve, (Number(first.headers['x-ratelimit-reset']) + 0.5) * 1000));
    const answers = [];
    for (let i = 0; i < LIMIT + 2; i++) answers.push(await post());
    const allowed = answers.filter((res) => res.status === 200);
    expect(allowed).toHaveLength(freshWindow ? LIMIT : LIMIT - 1);
    expect(answers.slice(0, allowed.length).every((res) => res.status === 200)).toBe(true);
    for (const res of allowed) expect(res.body).toEqual({ data: { __typename: 'Query' } });

    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].message).toMatch(/Too many requests: at most 5 a minute/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');

    // The same budget covers the other routes; health checks stay outside it.
    expect((await request(stack.app.getHttpServer()).get('/favicon.ico')).status).toBe(429);
    expect((await request(stack.app.getHttpServer()).get('/health')).status).toBe(200);
  });
});
