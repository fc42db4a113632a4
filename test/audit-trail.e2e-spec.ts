import { errorCode, startTestStack, TestStack } from '@app/testing';

import { adminLogin, Party, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';

const TRAIL = `query T($type: String!, $id: String!) { auditTrail(entityType: $type, entityId: $id) { action entityType entityId } }`;

/** auditTrail names its entity types: any letter case works, an unknown type is BAD_USER_INPUT. */
describe('auditTrail entity types (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let vendor: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    vendor = await registerVendor(stack.gql);
  });
  afterAll(() => stack.close());

  it('returns the trail whatever the letter case of the type', async () => {
    for (const type of ['Organisation', 'organisation', 'ORGANISATION']) {
      const res = await stack.gql(TRAIL, { type, id: vendor.organisationId }, admin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.auditTrail).toEqual([
        { action: 'organisation.registered', entityType: 'Organisation', entityId: vendor.organisationId },
      ]);
    }
  });

  it('refuses an unknown type with BAD_USER_INPUT naming the known ones', async () => {
    const res = await stack.gql(TRAIL, { type: 'Vendor', id: vendor.organisationId }, admin.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/Unknown entityType "Vendor": use one of Attestation, Challenge, .*User/);
    expect(res.data).toBeNull();
  });

  it('stays closed to anyone but auditors and admins', async () => {
    expect(errorCode(await stack.gql(TRAIL, { type: 'Organisation', id: vendor.organisationId }, vendor.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(TRAIL, { type: 'Bogus', id: vendor.organisationId }))).toBe('UNAUTHENTICATED');
  });
});
