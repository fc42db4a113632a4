import { errorCode, GqlResponse, startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

import { adminLogin, Party } from '../libs/solicitations/test-support/marketplace-fixtures';

const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const REGISTER = `mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`;
const CREATE_USER = `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const ISSUE = `mutation I($id: ID!) { issuePasswordReset(userId: $id) { token } }`;
const RESET = `mutation R($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }`;

/** POST /graphql claiming to come from `ip` through one proxy hop. */
async function gqlFrom(stack: TestStack, ip: string, query: string, variables: Record<string, unknown>): Promise<GqlResponse> {
  const res = await request(stack.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', ip)
    .send({ query, variables });
  return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
}

const vendorInput = (email: string) => ({
  organisationName: `Org ${email}`,
  country: 'EE',
  headcount: 5,
  annualTurnoverEur: 100_000,
  balanceSheetEur: 100_000,
  email,
  password: 'a-long-vendor-passphrase',
  displayName: 'Signatory',
});

describe('throttles (e2e)', () => {
  describe('without TRUST_PROXY (the default)', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack({ env: { LOGIN_MAX_ATTEMPTS_PER_IP: '4' } });
    });
    afterAll(() => stack.close());

    it('ignores X-Forwarded-For: a client cannot pick a new IP per attempt', async () => {
      const codes: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push(
          errorCode(await gqlFrom(stack, `203.0.113.${i + 1}`, LOGIN, { email: `nobody${i}@x.test`, password: 'wrong-password-x' })),
        );
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    });
  });

  describe('behind one trusted proxy hop', () => {
    let stack: TestStack;
    let admin: Party;
    const createUser = async (email: string, password: string) => {
      const res = await stack.gql(
        CREATE_USER,
        { input: { organisationId: admin.organisationId, email, password, displayName: 'Target', roles: ['AUDITOR'] } },
        admin.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.createUser.id as string;
    };

    beforeAll(async () => {
      stack = await startTestStack({
        env: {
          TRUST_PROXY: '1',
          LOGIN_MAX_FAILURES_PER_EMAIL: '5',
          LOGIN_EMAIL_FAILURE_CEILING: '8',
          LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
          REGISTRATIONS_PER_IP_PER_HOUR: '3',
        },
      });
      admin = await adminLogin(stack.gql);
    });
    afterAll(() => stack.close());

    it('counts failures atomically: 25 concurrent wrong passwords get 5 tries, and the owner still signs in elsewhere', async () => {
      const email = 'concurrent@throttle.test';
      const password = 'the-real-passphrase';
      await createUser(email, password);
      const results = await Promise.all(
        Array.from({ length: 25 }, () => gqlFrom(stack, '198.51.100.7', LOGIN, { email, password: 'wrong-password-x' })),
      );
      const codes = results.map(errorCode);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
      expect(results.every((r) => r.status === 200)).toBe(true);
      // The attacker's address waits (backoff) even with the right password…
      expect(errorCode(await gqlFrom(stack, '198.51.100.7', LOGIN, { email, password }))).toBe('RATE_LIMITED');
      // …but the lock-out is not a denial of service: the owner, elsewhere, signs in.
      expect((await gqlFrom(stack, '192.0.2.10', LOGIN, { email, password })).errors).toBeUndefined();
    });

    it('stops every address at the per-email ceiling until a password reset lifts it', async () => {
      const email = 'ceiling@throttle.test';
      const userId = await createUser(email, 'the-first-passphrase');
      for (const ip of ['198.51.100.1', '198.51.100.2']) {
        for (let i = 0; i < 4; i++) {
          expect(errorCode(await gqlFrom(stack, ip, LOGIN, { email, password: 'wrong-password-x' }))).toBe('UNAUTHENTICATED');
        }
      }
      expect(errorCode(await gqlFrom(stack, '192.0.2.20', LOGIN, { email, password: 'the-first-passphrase' }))).toBe('RATE_LIMITED');
      const { token } = (await stack.gql(ISSUE, { id: userId }, admin.token)).data?.issuePasswordReset;
      expect((await stack.gql(RESET, { token, next: 'the-second-passphrase' })).errors).toBeUndefined();
      expect((await gqlFrom(stack, '192.0.2.20', LOGIN, { email, password: 'the-second-passphrase' })).errors).toBeUndefined();
    });

    it('throttles sign-ups per client IP before hashing', async () => {
      for (let i = 0; i < 3; i++)
        expect((await gqlFrom(stack, '198.51.100.50', REGISTER, { input: vendorInput(`s${i}@signup.test`) })).errors).toBeUndefined();
      expect(errorCode(await gqlFrom(stack, '198.51.100.50', REGISTER, { input: vendorInput('s3@signup.test') }))).toBe('RATE_LIMITED');
      expect((await gqlFrom(stack, '198.51.100.51', REGISTER, { input: vendorInput('s3@signup.test') })).errors).toBeUndefined();
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@signup.test'`);
      expect(n).toBe(4);
    });

    it('answers a registered email with one fixed message, after the same hashing work (no CONFLICT)', async () => {
      const timed = async (ip: string, email: string) => {
        const started = process.hrtime.bigint();
        const res = await gqlFrom(stack, ip, REGISTER, { input: vendorInput(email) });
        return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const fresh = [await timed('198.51.100.60', 'fresh1@enum.test'), await timed('198.51.100.61', 'fresh2@enum.test')];
      const taken = [await timed('198.51.100.62', 'fresh1@enum.test'), await timed('198.51.100.63', 'FRESH2@enum.test')];
      expect(fresh.every((f) => !f.res.errors)).toBe(true);
      expect(taken.map((t) => errorCode(t.res))).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(new Set(taken.map((t) => t.res.errors?.[0].message)).size).toBe(1);
      expect(taken[0].res.errors?.[0].message).toMatch(/cannot be used to register/);
      // Both paths pay the argon2 hash: a taken address is not answered in a fraction of the time.
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      expect(median(taken.map((t) => t.ms))).toBeGreaterThan(0.4 * Math.min(...fresh.map((f) => f.ms)));
    });
  });
});
