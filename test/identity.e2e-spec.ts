import { errorCode, startTestStack, TEST_ADMIN, TestStack } from '@app/testing';

const REGISTER = `mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken user { id email roles organisation { id name kind country smeClass } } } }`;
const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id email } } }`;
const ME = `{ me { id email displayName roles organisation { name kind smeClass } } }`;

const vendorInput = (overrides: Record<string, unknown> = {}) => ({
  organisationName: 'Drone Works',
  country: 'EE',
  headcount: 12,
  annualTurnoverEur: 3_000_000,
  balanceSheetEur: 1_500_000,
  email: 'founder@droneworks.ee',
  password: 'correct horse battery',
  displayName: 'Mari Tamm',
  ...overrides,
});

describe('identity (e2e)', () => {
  let stack: TestStack;
  const counts = async () => {
    const [row] = await stack.db.query(
      `SELECT (SELECT count(*) FROM organisation)::int AS orgs, (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM audit_event)::int AS audits`,
    );
    return row as { orgs: number; users: number; audits: number };
  };

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('creates the first admin at start', async () => {
    const res = await stack.gql(LOGIN, TEST_ADMIN);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.email).toBe(TEST_ADMIN.email);
  });

  it('registers a vendor, logs in and reads me, with the SME class computed', async () => {
    const reg = await stack.gql(REGISTER, { input: vendorInput() });
    expect(reg.errors).toBeUndefined();
    expect(reg.data?.registerVendor.user.roles).toEqual(['VENDOR']);
    expect(reg.data?.registerVendor.user.organisation).toMatchObject({ kind: 'VENDOR', country: 'EE', smeClass: 'SMALL' });

    const login = await stack.gql(LOGIN, { email: 'FOUNDER@droneworks.ee', password: 'correct horse battery' });
    expect(login.errors).toBeUndefined();
    const me = await stack.gql(ME, {}, login.data?.login.accessToken);
    expect(me.data?.me).toMatchObject({
      email: 'founder@droneworks.ee',
      displayName: 'Mari Tamm',
      organisation: { name: 'Drone Works', smeClass: 'SMALL' },
    });
  });

  it.each([
    ['malformed email', { email: 'not-an-email' }, 'BAD_USER_INPUT'],
    ['unknown country', { country: 'XX', email: 'a@x.ee' }, 'BAD_USER_INPUT'],
    ['lower-case country', { country: 'ee', email: 'b@x.ee' }, 'BAD_USER_INPUT'],
    ['short password', { password: 'short', email: 'c@x.ee' }, 'BAD_USER_INPUT'],
    ['negative turnover', { annualTurnoverEur: -1, email: 'd@x.ee' }, 'BAD_USER_INPUT'],
    ['blank organisation name', { organisationName: '   ', email: 'e@x.ee' }, 'BAD_USER_INPUT'],
    ['blank display name', { displayName: ' \t ', email: 'f@x.ee' }, 'BAD_USER_INPUT'],
    ['duplicate email', { email: 'Founder@DroneWorks.ee' }, 'BAD_USER_INPUT'],
  ])('refuses %s with %s and writes nothing', async (_label, overrides, code) => {
    const before = await counts();
    const res = await stack.gql(REGISTER, { input: vendorInput(overrides) });
    expect(errorCode(res)).toBe(code);
    expect(res.errors?.[0].message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    expect(await counts()).toEqual(before);
  });

  it('does not reveal whether an email exists', async () => {
    const wrongPassword = await stack.gql(LOGIN, { email: 'founder@droneworks.ee', password: 'wrong password!!' });
    const unknownEmail = await stack.gql(LOGIN, { email: 'nobody@droneworks.ee', password: 'wrong password!!' });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('refuses a missing or forged token', async () => {
    expect(errorCode(await stack.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await stack.gql(ME, {}, 'not.a.jwt'))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin create buyer organisations and users, an officer only evaluators in its own organisation', async () => {
    const admin = (await stack.gql(LOGIN, TEST_ADMIN)).data?.login.accessToken;
    const org = await stack.gql(
      `mutation { createBuyerOrganisation(input: { name: "Estonian Centre for Defence Investment", country: "EE" }) { id kind } }`,
      {},
      admin,
    );
    expect(org.data?.createBuyerOrganisation.kind).toBe('BUYER');
    const orgId = org.data?.createBuyerOrganisation.id;
    const CREATE = `mutation C($input: CreateUserInput!) { createUser(input: $input) { id roles organisation { id } } }`;
    const officer = await stack.gql(
      CREATE,
      {
        input: {
          organisationId: orgId,
          email: 'officer@ecdi.ee',
          password: 'procurement-lead-pw-1',
          displayName: 'Officer',
          roles: ['OFFICER'],
        },
      },
      admin,
    );
    expect(officer.errors).toBeUndefined();
    const officerToken = (await stack.gql(LOGIN, { email: 'officer@ecdi.ee', password: 'procurement-lead-pw-1' })).data?.login.accessToken;

    const evaluator = await stack.gql(
      CREATE,
      {
        input: { organisationId: orgId, email: 'eval@ecdi.ee', password: 'evaluator-password', displayName: 'Eval', roles: ['EVALUATOR'] },
      },
      officerToken,
    );
    expect(evaluator.data?.createUser.roles).toEqual(['EVALUATOR']);

    const before = await counts();
    const escalate = await stack.gql(
      CREATE,
      { input: { organisationId: orgId, email: 'boss@ecdi.ee', password: 'evaluator-password', displayName: 'Boss', roles: ['ADMIN'] } },
      officerToken,
    );
    expect(errorCode(escalate)).toBe('FORBIDDEN');
    const vendorToken = (await stack.gql(LOGIN, { email: 'founder@droneworks.ee', password: 'correct horse battery' })).data?.login
      .accessToken;
    const wrongRole = await stack.gql(`mutation { createBuyerOrganisation(input: { name: "X", country: "FR" }) { id } }`, {}, vendorToken);
    expect(errorCode(wrongRole)).toBe('FORBIDDEN');
    const vendorInBuyer = await stack.gql(
      CREATE,
      { input: { organisationId: orgId, email: 'v@ecdi.ee', password: 'evaluator-password', displayName: 'V', roles: ['VENDOR'] } },
      admin,
    );
    expect(errorCode(vendorInBuyer)).toBe('BAD_USER_INPUT');
    const blankName = await stack.gql(
      CREATE,
      {
        input: { organisationId: orgId, email: 'blank@ecdi.ee', password: 'evaluator-password', displayName: '   ', roles: ['EVALUATOR'] },
      },
      admin,
    );
    expect(errorCode(blankName)).toBe('BAD_USER_INPUT');
    const blankOrg = await stack.gql(`mutation { createBuyerOrganisation(input: { name: "   ", country: "FR" }) { id } }`, {}, admin);
    expect(errorCode(blankOrg)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('rate-limits repeated failed logins for one email', async () => {
    const email = 'target@droneworks.ee';
    await stack.gql(REGISTER, { input: vendorInput({ email, organisationName: 'Target' }) });
    for (let i = 0; i < 5; i++) expect(errorCode(await stack.gql(LOGIN, { email, password: 'wrong-password-x' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await stack.gql(LOGIN, { email, password: 'correct horse battery' }))).toBe('RATE_LIMITED');
  });

  it('records every change in a valid audit chain', async () => {
    const admin = (await stack.gql(LOGIN, TEST_ADMIN)).data?.login.accessToken;
    const res = await stack.gql(`{ verifyAuditChain { valid checkedEvents firstBrokenSeq } }`, {}, admin);
    const { audits } = await counts();
    expect(res.data?.verifyAuditChain).toEqual({ valid: true, checkedEvents: audits, firstBrokenSeq: null });
    const [vendor] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'founder@droneworks.ee'`);
    const trail = await stack.gql(
      `query T($id: String!) { auditTrail(entityType: "User", entityId: $id) { action data actorId } }`,
      { id: vendor.id },
      admin,
    );
    expect(trail.data?.auditTrail).toEqual([
      { action: 'user.created', actorId: null, data: expect.objectContaining({ email: 'founder@droneworks.ee', roles: ['VENDOR'] }) },
    ]);
  });
});
