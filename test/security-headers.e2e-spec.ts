import { startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

import { adminLogin, createBuyerUser, publishedChallenge } from '../libs/solicitations/test-support/marketplace-fixtures';

const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

describe('HTTP security (e2e)', () => {
  describe('defaults', () => {
    let stack: TestStack;
    const http = () => request(stack.app.getHttpServer());
    beforeAll(async () => {
      stack = await startTestStack();
    });
    afterAll(() => stack.close());

    it.each([
      ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20__typename%20%7D'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--'],
      ['text/plain', '{"query":"{ __typename }"}'],
      ['application/graphql', '{ __typename }'],
    ])('refuses POST /graphql as %s with 415 (no cross-site form can run a mutation)', async (type, body) => {
      const res = await http().post('/graphql').set('content-type', type).send(body);
      expect(res.status).toBe(415);
      expect(res.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('accepts application/json and application/graphql-response+json', async () => {
      for (const type of ['application/json; charset=utf-8', 'application/graphql-response+json']) {
        const res = await http()
          .post('/graphql')
          .set('content-type', type)
          .send(JSON.stringify({ query: '{ __typename }' }));
        expect(res.status).toBe(200);
        expect(res.body.data).toEqual({ __typename: 'Query' });
      }
    });

    it('sends security headers on every response, no-store where tokens travel, no HSTS over plain HTTP', async () => {
      for (const res of [
        await http().get('/health'),
        await http().get('/nowhere'),
        await stack
          .gql(LOGIN, { email: 'x@y.test', password: 'z' })
          .then(() => http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' })),
      ]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(res.headers['strict-transport-security']).toBeUndefined();
      }
      const login = await http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: LOGIN, variables: { email: 'admin@e2e.test', password: 'admin-e2e-password' } });
      expect(login.body.data.login.accessToken).toEqual(expect.any(String));
      expect(login.headers['cache-control']).toBe('no-store');
    });

    it('serves the explorer with a CSP that forbids inline scripts, and no inline script', async () => {
      const page = await http().get('/graphiql');
      expect(page.status).toBe(200);
      const csp = page.headers['content-security-policy'];
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect((await http().get('/graphiql/assets/explorer.js')).text).toContain('GraphiQL.createFetcher');
    });
  });

  describe('behind a TLS-terminating proxy with PUBLIC_BASE_URL', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack({ env: { PUBLIC_BASE_URL: 'https://api.sprintgate.test', TRUST_PROXY: '1' } });
    });
    afterAll(() => stack.close());

    it('sends HSTS', async () => {
      const res = await request(stack.app.getHttpServer()).get('/health');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });

    it('names the OCDS package from PUBLIC_BASE_URL, never from X-Forwarded-Host', async () => {
      const admin = await adminLogin(stack.gql);
      const officer = await createBuyerUser(stack.gql, admin);
      const challenge = await publishedChallenge(stack.gql, officer, { classification: 'PUBLIC' });
      const res = await request(stack.app.getHttpServer())
        .get(`/ocds/challenges/${challenge.id}/releases`)
        .set('x-forwarded-host', 'evil.example')
        .set('host', 'evil.example');
      expect(res.status).toBe(200);
      expect(res.body.uri).toBe(`https://api.sprintgate.test/ocds/challenges/${challenge.id}/releases`);
      expect(JSON.stringify(res.body)).not.toContain('evil.example');
    });
  });
});
