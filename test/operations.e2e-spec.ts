import { errorCode, startTestStack, TestStack } from '@app/testing';
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';

/** Health, readiness, the offline explorer, request ids and the limits checked before execution. */
describe('operations and limits (e2e)', () => {
  let stack: TestStack;
  const http = () => request(stack.app.getHttpServer());

  beforeAll(async () => {
    stack = await startTestStack({
      env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_COST: '200', BODY_LIMIT_BYTES: '4096' },
    });
  });
  afterAll(() => stack.close());

  it('answers /health and /ready with both services up', async () => {
    expect((await http().get('/health')).body).toEqual({ status: 'ok', instance: expect.stringMatching(/^[A-Za-z0-9_.-]+$/) });
    const ready = await http().get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
  });

  it('serves the explorer with every script and style from the API itself', async () => {
    const page = await http().get('/graphiql');
    expect(page.status).toBe(200);
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref.startsWith('/graphiql/assets/')).toBe(true);
      const asset = await http().get(ref);
      expect(asset.status).toBe(200);
      expect(asset.body.length ?? asset.text.length).toBeGreaterThan(20); // served, not an empty or error page
    }
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost)/);
    // No inline script, and a policy that forbids them: only this origin's files run.
    expect(page.text).not.toMatch(/<script>/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/font-src 'self' data:/);
  });

  it('serves a tab icon instead of a 404 at /favicon.ico', async () => {
    const icon = await http().get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(Buffer.isBuffer(icon.body) ? icon.body.toString() : icon.text).toMatch(/<svg[\s\S]*<\/svg>/);
  });

  it('echoes or assigns a request id', async () => {
    const res = await http().get('/health').set('x-request-id', 'req-123');
    expect(res.headers['x-request-id']).toBe('req-123');
    expect((await http().get('/health')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses too deep, too aliased and too costly queries before execution', async () => {
    const deep = await stack.gql(`{ contracts { parent { parent { parent { parent { parent { id } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(errorCode(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0].message).toMatch(/too deep/);
    // Depth through fragments counts the same; each fragment is measured once.
    const viaFragments = await stack.gql(`{ contracts { ...A } } fragment A on MicroContract { parent { ...B } }
      fragment B on MicroContract { parent { ...C } } fragment C on MicroContract { parent { parent { parent { id } } } }`);
    expect(viaFragments.errors?.[0].message).toMatch(/too deep/);
    const aliases = await stack.gql(`{ a: __typename b: __typename c: __typename d: __typename e: __typename f: __typename }`);
    expect(aliases.errors?.[0].message).toMatch(/Too many aliases/);
    const costly = await stack.gql(`{ challenges(first: 50) { edges { node { criteria { id } questions { id } } } } }`);
    expect(costly.errors?.[0].message).toMatch(/costly/);
  });

  it("lets the explorer's introspection query through the depth and cost limits (development)", async () => {
    const res = await http().post('/graphql').set('content-type', 'application/json').send({ query: getIntrospectionQuery() });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const types = res.body.data.__schema.types.map((t: { name: string }) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Challenge', 'Submission', 'Mutation']));
  });

  it('rejects a body over the limit and a malformed query with codes', async () => {
    const big = await http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } });
    expect(big.status).toBe(413);
    const malformed = await stack.gql(`{ me { `);
    expect(errorCode(malformed)).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknownField = await stack.gql(`{ nope }`);
    expect(unknownField.status).toBe(400);
    expect(errorCode(unknownField)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('maps a variable of the wrong type to BAD_USER_INPUT', async () => {
    const res = await stack.gql(
      `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email: 42 },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});
