import { errorCode, startTestStack, TestStack } from '@app/testing';

import { adminLogin, createBuyerUser, type Party, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';

const ORGANISATIONS = `query O($kind: OrganisationKind) { organisations(kind: $kind) { id name kind country } }`;
const USERS = `query U($id: ID!) { users(organisationId: $id) { id email displayName roles disabledAt organisation { id } } }`;

/** The admin's directory (organisations, users of one organisation): admins only, foreign ids as missing. */
describe('identity directory for admins (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let evaluator: Party;
  let vendor: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    evaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
    vendor = await registerVendor(stack.gql);
  });
  afterAll(() => stack.close());

  it('lists organisations by name, of one kind when asked', async () => {
    const all = await stack.gql(ORGANISATIONS, {}, admin.token);
    expect(all.errors).toBeUndefined();
    const ids = all.data!.organisations.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([officer.organisationId, vendor.organisationId]));
    const names = all.data!.organisations.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const buyers = await stack.gql(ORGANISATIONS, { kind: 'BUYER' }, admin.token);
    expect(buyers.data!.organisations.every((o: { kind: string }) => o.kind === 'BUYER')).toBe(true);
    expect(buyers.data!.organisations.map((o: { id: string }) => o.id)).toContain(officer.organisationId);
    expect(buyers.data!.organisations.map((o: { id: string }) => o.id)).not.toContain(vendor.organisationId);
  });

  it("lists one organisation's users, and nothing of their passwords", async () => {
    const res = await stack.gql(USERS, { id: officer.organisationId }, admin.token);
    expect(res.errors).toBeUndefined();
    const users = res.data!.users as { id: string; roles: string[]; organisation: { id: string } }[];
    expect(users.map((u) => u.id).sort()).toEqual([officer.userId, evaluator.userId].sort());
    expect(users.every((u) => u.organisation.id === officer.organisationId)).toBe(true);
    expect(JSON.stringify(res.data)).not.toMatch(/password|\$argon|\$2[aby]\$/i);
  });

  it('refuses everyone but admins, and reads an unknown organisation as missing', async () => {
    for (const party of [officer, evaluator, vendor]) {
      expect(errorCode(await stack.gql(ORGANISATIONS, {}, party.token))).toBe('FORBIDDEN');
      expect(errorCode(await stack.gql(USERS, { id: party.organisationId }, party.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await stack.gql(ORGANISATIONS, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await stack.gql(USERS, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(USERS, { id: 'not-a-uuid' }, admin.token))).toBe('NOT_FOUND');
  });
});
