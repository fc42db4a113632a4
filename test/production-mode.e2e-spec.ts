import { errorCode, startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

/** With NODE_ENV=production the explorer and introspection are off, and internals never leak. */
describe('production mode (e2e)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => stack.close());

  it('serves no explorer', async () => {
    expect((await request(stack.app.getHttpServer()).get('/graphiql')).status).toBe(404);
    expect((await request(stack.app.getHttpServer()).get('/graphiql/assets/graphiql.js')).status).toBe(404);
  });

  it('refuses introspection', async () => {
    const res = await stack.gql(`{ __schema { queryType { name } } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('strips field suggestions ("Did you mean …?") that would reveal the schema', async () => {
    const res = await stack.gql(`{ challengez(first: 1) { totalCount } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toBe('Cannot query field "challengez" on type "Query".');
  });

  it('still answers ordinary queries and errors with codes', async () => {
    const res = await stack.gql(`{ me { id } }`);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
