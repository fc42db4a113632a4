import { effectiveStatus, expiryOf, mayReview } from './attestation-status';

describe('attestation lifecycle rules', () => {
  const signedAt = new Date('2026-03-01T10:00:00.000Z');
  const expiresAt = expiryOf(signedAt);

  it('expires exactly 365 days of 24 hours after signing', () => {
    expect(expiresAt.toISOString()).toBe('2027-03-01T10:00:00.000Z');
  });

  it.each([
    ['ACTIVE', 'ACTIVE', -1],
    ['ACTIVE', 'EXPIRED', 0], // the expiry instant itself is expired
    ['CHALLENGED', 'EXPIRED', 1],
    ['CHALLENGED', 'CHALLENGED', -1],
    ['REVOKED', 'REVOKED', 1], // revocation is the stronger fact and stays visible
    ['SUPERSEDED', 'SUPERSEDED', 1],
  ] as const)('%s read %s when now is expiry %+d ms', (stored, expected, offset) => {
    expect(effectiveStatus({ status: stored, expiresAt }, new Date(expiresAt.getTime() + offset))).toBe(expected);
  });

  it.each([
    ['verify', 'SUPERSEDED', true],
    ['verify', 'REVOKED', false],
    ['verify', 'EXPIRED', false],
    ['challenge', 'ACTIVE', true],
    ['challenge', 'CHALLENGED', false],
    ['revoke', 'CHALLENGED', true],
    ['revoke', 'SUPERSEDED', true],
    ['revoke', 'EXPIRED', false],
    ['revoke', 'REVOKED', false],
  ] as const)('%s from %s: %s', (action, status, allowed) => {
    expect(mayReview(action, status)).toBe(allowed);
  });
});
