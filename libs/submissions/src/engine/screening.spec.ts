// Test fixtures are not part of the sovereignty library's public face, so they are imported by path.
import { NATO_T4_ANSWERS, withAnswers } from '../../../sovereignty/test-support/attestation-fixtures';
import { screen, ScreeningInput } from './screening';

const NOW = new Date('2027-01-01T00:00:00Z');
const NEXT_YEAR = new Date('2027-12-31T00:00:00Z');

const input = (overrides: Partial<ScreeningInput> = {}): ScreeningInput => ({
  vendor: { country: 'EE', smeClass: 'SMALL' },
  attestation: { status: 'ACTIVE', answers: NATO_T4_ANSWERS, expiresAt: NEXT_YEAR },
  challenge: {
    trustedJurisdiction: 'NATO',
    requiredTier: 'T2',
    smeOnly: true,
    maxContractValue: { amountMinor: 100_000, currency: 'EUR' },
  },
  price: { amountMinor: 90_000, currency: 'EUR' },
  now: NOW,
  ...overrides,
});

describe('screen', () => {
  it('accepts an eligible vendor and reports its tier', () => {
    expect(screen(input())).toEqual({ eligible: true, tier: 'T4', reasons: [] });
  });

  it('refuses a vendor established outside the trusted set', () => {
    expect(screen(input({ vendor: { country: 'CN', smeClass: 'SMALL' } })).reasons).toEqual([
      'Organisation is established in CN, outside NATO',
    ]);
    expect(screen(input({ vendor: { country: 'AT', smeClass: 'SMALL' } })).reasons).toEqual([
      'Organisation is established in AT, outside NATO',
    ]);
  });

  it('refuses LARGE vendors on SME-only challenges but not MEDIUM ones', () => {
    expect(screen(input({ vendor: { country: 'EE', smeClass: 'LARGE' } })).reasons).toEqual([
      'The challenge is open to SMEs only and the organisation is LARGE',
    ]);
    expect(screen(input({ vendor: { country: 'EE', smeClass: 'MEDIUM' } })).eligible).toBe(true);
    expect(
      screen(input({ vendor: { country: 'EE', smeClass: 'LARGE' }, challenge: { ...input().challenge, smeOnly: false } })).eligible,
    ).toBe(true);
  });

  it('names the tier shortfall and every failed rule up to the required tier', () => {
    const t1 = withAnswers(NATO_T4_ANSWERS, { 'DS-4': ['CN'], 'OS-9': false });
    const outcome = screen(input({ attestation: { status: 'ACTIVE', answers: t1, expiresAt: NEXT_YEAR } }));
    expect(outcome.tier).toBe('T1');
    expect(outcome.reasons[0]).toBe('Attestation tier T1 for NATO is below the required T2');
    expect(outcome.reasons.slice(1)).toEqual([expect.stringContaining('DS-4'), 'OS-9 is false, needs true']);
  });

  it('refuses missing, revoked, challenged and expired attestations with a reason each', () => {
    expect(screen(input({ attestation: null })).reasons).toEqual(['The organisation has no sovereignty attestation']);
    expect(screen(input({ attestation: { status: 'REVOKED', answers: NATO_T4_ANSWERS, expiresAt: NEXT_YEAR } }))).toEqual({
      eligible: false,
      tier: null,
      reasons: ['The attestation is REVOKED'],
    });
    expect(screen(input({ attestation: { status: 'CHALLENGED', answers: NATO_T4_ANSWERS, expiresAt: NEXT_YEAR } })).reasons).toEqual([
      'The attestation is CHALLENGED',
    ]);
    // Still ACTIVE in storage but past its expiry by the database clock: expired.
    expect(screen(input({ attestation: { status: 'ACTIVE', answers: NATO_T4_ANSWERS, expiresAt: NOW } })).reasons).toEqual([
      'The attestation expired on 2027-01-01T00:00:00.000Z',
    ]);
  });

  it('checks the price against the ceiling in the challenge currency', () => {
    expect(screen(input({ price: { amountMinor: 100_001, currency: 'EUR' } })).reasons).toEqual([
      'The price 100001 EUR exceeds the maximum contract value 100000 EUR',
    ]);
    expect(screen(input({ price: { amountMinor: 1, currency: 'USD' } })).reasons).toEqual([
      'The price is in USD; the challenge is priced in EUR',
    ]);
    expect(screen(input({ price: { amountMinor: 100_000, currency: 'EUR' } })).eligible).toBe(true);
    expect(screen(input({ price: null })).eligible).toBe(true);
  });

  it('gives every reason at once', () => {
    const outcome = screen(
      input({ vendor: { country: 'CN', smeClass: 'LARGE' }, attestation: null, price: { amountMinor: 1, currency: 'USD' } }),
    );
    expect(outcome.reasons).toHaveLength(4);
    expect(outcome.eligible).toBe(false);
  });
  it('refuses a suspended vendor even with an attestation in force (a re-attestation does not lift it)', () => {
    const outcome = screen(input({ vendor: { country: 'EE', smeClass: 'SMALL', suspendedAt: new Date('2026-12-01T00:00:00Z') } }));
    expect(outcome.eligible).toBe(false);
    expect(outcome.reasons).toEqual([
      'Bidding is suspended since 2026-12-01T00:00:00.000Z after an attestation was revoked, until an administrator lifts it',
    ]);
  });

  it('refuses a bid whose frozen attestation version was revoked, even after a new ACTIVE one', () => {
    const current = { id: 'v2', status: 'ACTIVE', answers: NATO_T4_ANSWERS, expiresAt: NEXT_YEAR };
    expect(screen(input({ attestation: current, frozenAttestation: { id: 'v1', status: 'REVOKED' } })).reasons).toEqual([
      'The attestation version frozen into the bid was REVOKED',
    ]);
    expect(screen(input({ attestation: current, frozenAttestation: { id: 'v1', status: 'SUPERSEDED' } })).eligible).toBe(true);
    // The frozen version is the current one: its status is reported once.
    const revoked = { ...current, status: 'REVOKED' };
    expect(screen(input({ attestation: revoked, frozenAttestation: { id: 'v2', status: 'REVOKED' } })).reasons).toEqual([
      'The attestation is REVOKED',
    ]);
  });

  it('refuses a bid left unconfirmed after an amendment', () => {
    expect(screen(input({ needsConfirmation: true })).reasons).toEqual(['The bid was not confirmed after the challenge was amended']);
  });
});
