import { errorCode, startTestStack, TestStack } from '@app/testing';
import { createHash } from 'crypto';

import { adminLogin, createBuyerUser, login, Party, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';

const DISABLE = `mutation D($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id disabledAt } }`;
const ENABLE = `mutation E($id: ID!) { enableUser(id: $id) { id disabledAt } }`;
const CHANGE = `mutation C($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const ISSUE = `mutation I($id: ID!) { issuePasswordReset(userId: $id) { token expiresAt } }`;
const RESET = `mutation R($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }`;
const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const CREATE_USER = `mutation U($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const ME = `{ me { id disabledAt } }`;

describe('account lifecycle (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;

  /** A user created through the API, with a known email and password. */
  const userIn = async (creator: Party, organisationId: string, roles: string[]) => {
    const email = `u${Math.random().toString(36).slice(2, 10)}@lifecycle.test`;
    const password = 'lifecycle-initial-pw';
    const res = await stack.gql(CREATE_USER, { input: { organisationId, email, password, displayName: 'Someone', roles } }, creator.token);
    expect(res.errors).toBeUndefined();
    return { ...(await login(stack.gql, email, password)), email, password };
  };
  const auditActions = async (userId: string) =>
    (await stack.db.query(`SELECT action, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [userId])) as {
      action: string;
      data: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
  });
  afterAll(() => stack.close());

  it('disables a user: its token stops at the next request and its login reads like a wrong password', async () => {
    const evaluator = await userIn(admin, officer.organisationId, ['EVALUATOR']);
    expect((await stack.gql(ME, {}, evaluator.token)).data?.me).toEqual({ id: evaluator.userId, disabledAt: null });

    const disabled = await stack.gql(DISABLE, { id: evaluator.userId, reason: 'Left the agency' }, officer.token);
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data?.disableUser.disabledAt).toEqual(expect.any(String));

    expect(errorCode(await stack.gql(ME, {}, evaluator.token))).toBe('UNAUTHENTICATED');
    const refused = await stack.gql(LOGIN, { email: evaluator.email, password: evaluator.password });
    const wrong = await stack.gql(LOGIN, { email: officer.userId + '@nowhere.test', password: 'not-the-password' });
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(errorCode(await stack.gql(DISABLE, { id: evaluator.userId, reason: 'again' }, officer.token))).toBe('INVALID_STATE');

    expect((await stack.gql(ENABLE, { id: evaluator.userId }, officer.token)).data?.enableUser.disabledAt).toBeNull();
    expect((await stack.gql(LOGIN, { email: evaluator.email, password: evaluator.password })).errors).toBeUndefined();
    expect((await auditActions(evaluator.userId)).map((a) => a.action)).toEqual(['user.created', 'user.disabled', 'user.enabled']);
    expect((await auditActions(evaluator.userId))[1].data).toEqual({ reason: 'Left the agency' });
  });

  it('lets each role manage only the accounts it may create, never its own; others read as missing', async () => {
    const ownEvaluator = await userIn(admin, officer.organisationId, ['EVALUATOR']);
    const colleagueOfficer = await userIn(admin, officer.organisationId, ['OFFICER']);
    const otherBuyer = await createBuyerUser(stack.gql, admin);
    const foreignEvaluator = await userIn(admin, otherBuyer.organisationId, ['EVALUATOR']);
    const vendor = await registerVendor(stack.gql);
    const vendorColleague = await userIn(vendor, vendor.organisationId, ['VENDOR']);
    const otherVendor = await registerVendor(stack.gql);

    const attempt = (actor: Party, id: string) => stack.gql(DISABLE, { id, reason: 'test' }, actor.token);
    for (const id of [colleagueOfficer.userId, foreignEvaluator.userId, vendor.userId, '00000000-0000-4000-8000-000000000000']) {
      const res = await attempt(officer, id);
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe('User not found');
    }
    expect(errorCode(await attempt(vendor, otherVendor.userId))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(vendor, ownEvaluator.userId))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(officer, officer.userId))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(admin, admin.userId))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(ownEvaluator, ownEvaluator.userId))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(DISABLE, { id: ownEvaluator.userId, reason: '  ' }, officer.token))).toBe('BAD_USER_INPUT');

    expect((await attempt(vendor, vendorColleague.userId)).errors).toBeUndefined();
    expect((await attempt(officer, ownEvaluator.userId)).errors).toBeUndefined();
    expect((await attempt(admin, colleagueOfficer.userId)).errors).toBeUndefined();
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM app_user WHERE disabled_at IS NOT NULL AND id = ANY($1)`, [
      [foreignEvaluator.userId, vendor.userId, otherVendor.userId, officer.userId, admin.userId],
    ]);
    expect(n).toBe(0);
  });

  it('changes one own password only with the current one, under the password policy', async () => {
    const user = await userIn(admin, officer.organisationId, ['AUDITOR']);
    const next = 'a-brand-new-passphrase';
    expect(errorCode(await stack.gql(CHANGE, { current: 'wrong-current-password', next }, user.token))).toBe('BAD_USER_INPUT');
    for (const weak of ['short', 'qwerty123456', '            ']) {
      expect(errorCode(await stack.gql(CHANGE, { current: user.password, next: weak }, user.token))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await stack.gql(CHANGE, { current: user.password, next }))).toBe('UNAUTHENTICATED');
    expect((await stack.gql(CHANGE, { current: user.password, next }, user.token)).data?.changePassword).toBe(true);
    expect(errorCode(await stack.gql(LOGIN, { email: user.email, password: user.password }))).toBe('UNAUTHENTICATED');
    expect((await stack.gql(LOGIN, { email: user.email, password: next })).errors).toBeUndefined();
    expect((await auditActions(user.userId)).map((a) => a.action)).toContain('user.password-changed');
  });

  it('issues one-time, hashed, one-hour reset tokens (ADMIN only); a newer token replaces an older one', async () => {
    const user = await userIn(admin, officer.organisationId, ['EVALUATOR']);
    expect(errorCode(await stack.gql(ISSUE, { id: user.userId }, officer.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(ISSUE, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');

    const first = (await stack.gql(ISSUE, { id: user.userId }, admin.token)).data?.issuePasswordReset;
    const [{ now }] = await stack.db.query(`SELECT now() AS now`);
    const ttl = new Date(first.expiresAt).getTime() - new Date(now).getTime();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000);
    // Stored hashed: the token itself is nowhere in the table, its SHA-256 is.
    const rows = await stack.db.query(`SELECT row_to_json(r)::text AS json, token_hash FROM password_reset r WHERE user_id = $1`, [
      user.userId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].json).not.toContain(first.token);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(first.token).digest('hex'));

    const second = (await stack.gql(ISSUE, { id: user.userId }, admin.token)).data?.issuePasswordReset;
    expect(errorCode(await stack.gql(RESET, { token: first.token, next: 'replacement-passphrase-1' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(RESET, { token: second.token, next: 'qwerty123456' }))).toBe('BAD_USER_INPUT');
    expect((await stack.gql(RESET, { token: second.token, next: 'replacement-passphrase-2' })).data?.resetPassword).toBe(true);
    expect(errorCode(await stack.gql(RESET, { token: second.token, next: 'replacement-passphrase-3' }))).toBe('BAD_USER_INPUT');
    expect((await stack.gql(LOGIN, { email: user.email, password: 'replacement-passphrase-2' })).errors).toBeUndefined();

    const third = (await stack.gql(ISSUE, { id: user.userId }, admin.token)).data?.issuePasswordReset;
    await stack.db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND user_id = $1`, [
      user.userId,
    ]);
    expect(errorCode(await stack.gql(RESET, { token: third.token, next: 'replacement-passphrase-4' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(RESET, { token: 'made-up', next: 'replacement-passphrase-5' }))).toBe('BAD_USER_INPUT');
    const actions = (await auditActions(user.userId)).map((a) => a.action);
    expect(actions.filter((a) => a === 'user.password-reset-issued')).toHaveLength(3);
    expect(actions.filter((a) => a === 'user.password-reset')).toHaveLength(1);
  });
});
