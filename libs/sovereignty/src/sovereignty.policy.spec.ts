import type { Actor, RoleName } from '@app/core';

import { SovereigntyPolicy } from './sovereignty.policy';

const actor = (
  roles: RoleName[],
  organisationId = 'vendor-a',
  organisationKind: Actor['organisationKind'] = roles.includes('VENDOR') ? 'VENDOR' : 'BUYER',
): Actor => ({
  userId: 'u',
  organisationId,
  organisationKind,
  roles,
});
const ofVendorA = { vendorOrganisationId: 'vendor-a' };

describe('SovereigntyPolicy', () => {
  it('lets a vendor read its own attestation only', () => {
    expect(SovereigntyPolicy.canRead(actor(['VENDOR'], 'vendor-a'), ofVendorA)).toBe(true);
    expect(SovereigntyPolicy.canRead(actor(['VENDOR'], 'vendor-b'), ofVendorA)).toBe(false);
  });

  it.each<[RoleName, boolean]>([
    ['OFFICER', true],
    ['AUDITOR', true],
    ['ADMIN', true],
    ['EVALUATOR', false],
  ])('a buyer-side %s may read any attestation: %s', (role, allowed) => {
    expect(SovereigntyPolicy.canRead(actor([role], 'buyer'), ofVendorA)).toBe(allowed);
  });

  it('lets only officers and admins review, and only vendors attest', () => {
    expect(SovereigntyPolicy.canReview(actor(['OFFICER'], 'buyer'))).toBe(true);
    expect(SovereigntyPolicy.canReview(actor(['ADMIN'], 'buyer'))).toBe(true);
    expect(SovereigntyPolicy.canReview(actor(['AUDITOR'], 'buyer'))).toBe(false);
    expect(SovereigntyPolicy.canReview(actor(['OFFICER'], 'buyer'), 'challenge')).toBe(true);
    expect(SovereigntyPolicy.canReview(actor(['OFFICER'], 'buyer'), 'revoke')).toBe(false);
    expect(SovereigntyPolicy.canReview(actor(['ADMIN'], 'buyer'), 'revoke')).toBe(true);
  });

  it('shows answers to officers only with a closed bid of their buyer; auditors, admins and the vendor always', () => {
    expect(SovereigntyPolicy.canReadAnswers(actor(['OFFICER'], 'buyer'), ofVendorA, false)).toBe(false);
    expect(SovereigntyPolicy.canReadAnswers(actor(['OFFICER'], 'buyer'), ofVendorA, true)).toBe(true);
    expect(SovereigntyPolicy.canReadAnswers(actor(['AUDITOR'], 'buyer'), ofVendorA, false)).toBe(true);
    expect(SovereigntyPolicy.canReadAnswers(actor(['ADMIN'], 'buyer'), ofVendorA, false)).toBe(true);
    expect(SovereigntyPolicy.canReadAnswers(actor(['VENDOR'], 'vendor-a'), ofVendorA, false)).toBe(true);
    expect(SovereigntyPolicy.canReadAnswers(actor(['VENDOR'], 'vendor-b'), ofVendorA, true)).toBe(false);
    expect(SovereigntyPolicy.canReadAnswers(actor(['EVALUATOR'], 'buyer'), ofVendorA, true)).toBe(false);
    expect(SovereigntyPolicy.canAttest(actor(['VENDOR']))).toBe(true);
    expect(SovereigntyPolicy.canAttest(actor(['OFFICER'], 'buyer'))).toBe(false);
  });
});
