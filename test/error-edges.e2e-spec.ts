import { errorCode, startTestStack, TcpProxy, TestStack } from '@app/testing';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';

import { adminLogin, challengeInput, createBuyerUser, Party } from '../libs/solicitations/test-support/marketplace-fixtures';

const ME = `{ me { id } }`;
const CHALLENGES = `query C($after: String) { challenges(first: 5, after: $after) { totalCount edges { cursor } } }`;
const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const CREATE = `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;

const post = (stack: TestStack, body: unknown, contentType = 'application/json') =>
  request(stack.app.getHttpServer())
    .post('/graphql')
    .set('content-type', contentType)
    .send(typeof body === 'string' ? body : JSON.stringify(body));

describe('no input causes an internal error (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
  });
  afterAll(() => stack.close());

  it.each([
    ['a missing query', {}],
    ['an empty query', { query: '   ' }],
    ['a non-string query', { query: 42 }],
    ['an array body', [{ query: '{ __typename }' }]],
    ['variables that are not an object', { query: '{ __typename }', variables: [1] }],
  ])('refuses %s with 400 BAD_USER_INPUT', async (_label, body) => {
    const res = await post(stack, body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a JSON variable nested 3,000 deep', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const res = await post(stack, `{"query":"query Q($v: JSON) { __typename }","variables":{"v":${deep}}}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a NUL byte in a login email', LOGIN, { email: 'a\u0000@x.test', password: 'whatever-password' }],
    ['a NUL byte in a search', `query S($s: String) { challenges(first: 5, filter: { search: $s }) { totalCount } }`, { s: 'dro\u0000ne' }],
    ['an escape character in a tag', `query S($t: String) { challenges(first: 5, filter: { tag: $t }) { totalCount } }`, { t: 'x\u001B' }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, query, variables) => {
    const res = await stack.gql(query, variables);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.status).toBeLessThan(500);
  });

  it('refuses a NUL byte written inline in the document, not only in variables', async () => {
    expect(errorCode(await stack.gql(`mutation { login(email: "a\\u0000b@x.test", password: "whatever-password") { accessToken } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses control characters and line breaks in titles and bidi overrides in names, allows line breaks in long text', async () => {
    const input = (overrides: Record<string, unknown>) =>
      challengeInput({ problemStatement: 'Detect small drones.\nSecond paragraph.\tIndented.', ...overrides });
    const ok = await stack.gql(CREATE, { input: input({}) }, officer.token);
    expect(ok.errors).toBeUndefined();
    for (const overrides of [
      { title: 'Two\nlines' },
      { title: 'Counter\u202Edrone' },
      { criteria: [{ name: 'Merit\u2066', description: 'd', weight: 100 }] },
      { tags: ['c-uas\n'] },
      { problemStatement: 'nul\u0000byte' },
    ]) {
      const res = await stack.gql(CREATE, { input: input(overrides) }, officer.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses deadlines beyond MAX_DEADLINE_HORIZON_DAYS (730) on create and update, and writes nothing', async () => {
    const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    const before = await stack.db.query(`SELECT count(*)::int AS n FROM challenge`);
    const far = await stack.gql(CREATE, { input: challengeInput({ submissionDeadline: days(800) }) }, officer.token);
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
    expect(far.errors?.[0].message).toMatch(/^submissionDeadline must be within 730 days/);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM challenge`)).toEqual(before);
    const near = await stack.gql(CREATE, { input: challengeInput({ submissionDeadline: days(700) }) }, officer.token);
    expect(near.errors).toBeUndefined();
    const update = await stack.gql(
      `mutation U($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`,
      { id: near.data?.createChallenge.id, input: { submissionDeadline: days(10_000) } },
      officer.token,
    );
    expect(errorCode(update)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['not base64 JSON', 'definitely-not-a-cursor'],
    ['a bad uuid', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['2026-99-99T00:00:00Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
    ['a loose date', Buffer.from(JSON.stringify(['1', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
  ])('refuses a tampered cursor (%s) with BAD_USER_INPUT', async (_label, after) => {
    expect(errorCode(await stack.gql(CHALLENGES, { after }))).toBe('BAD_USER_INPUT');
  });

  it('treats a signed token whose subject is not a user id as no sign-in (not a database error)', async () => {
    const jwt = new JwtService({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', issuer: 'sprintgate' } });
    const res = await stack.gql(ME, {}, jwt.sign({ sub: 'not-a-uuid' }));
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('answers 401 for a malformed queue-board cookie', async () => {
    const res = await request(stack.app.getHttpServer()).get('/admin/queues').set('cookie', 'sg_token=%E0%A4%A');
    expect(res.status).toBe(401);
  });
});

describe('database outage (e2e, through a proxy this suite cuts; the shared PostgreSQL is untouched)', () => {
  let stack: TestStack;
  let proxy: TcpProxy;
  let token: string;

  beforeAll(async () => {
    proxy = await new TcpProxy('127.0.0.1', 5432).start();
    stack = await startTestStack({ rewriteDatabaseUrl: (url) => url.replace('127.0.0.1:5432', `127.0.0.1:${proxy.port}`) });
    token = (await adminLogin(stack.gql)).token;
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await stack.close();
    await proxy.cut();
  });

  it('answers SERVICE_UNAVAILABLE with 503, revealing no address, and recovers when the database is back', async () => {
    expect((await stack.gql(ME, {}, token)).errors).toBeUndefined();
    await proxy.cut();
    for (const [query, variables, auth] of [
      [ME, {}, token], // the actor lookup, outside any resolver
      [CHALLENGES, {}, undefined], // an anonymous read
      [LOGIN, { email: 'someone@x.test', password: 'whatever-password' }, undefined],
    ] as const) {
      const req = request(stack.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (auth) req.set('authorization', `Bearer ${auth}`);
      const res = await req.send({ query, variables });
      expect(res.status).toBe(503);
      expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|\d{4,5}\b(?!")/);
    }
    const board = await request(stack.app.getHttpServer()).get('/admin/queues').set('authorization', `Bearer ${token}`);
    expect(board.status).toBe(503);

    await proxy.restore();
    let back = await stack.gql(ME, {}, token);
    for (let i = 0; i < 20 && back.errors; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await stack.gql(ME, {}, token);
    }
    expect(back.errors).toBeUndefined();
  });
});
