import type { Actor, ActorAttestation } from '@app/core';
import { assessTier, type AttestationService } from '@app/sovereignty';

import { NATO_T4_ANSWERS } from '../../sovereignty/test-support/attestation-fixtures';
import { ChallengeViewerService } from './challenge-viewer';

/**
 * The viewer behind need-to-know visibility from the attestation the actor's own statement read:
 * only the answers of a hash this process has not assessed are read; status and expiry come from
 * the actor's read, on the database clock.
 */
describe('ChallengeViewerService', () => {
  const readAt = new Date('2026-06-01T12:00:00.000Z');
  let hashes = 0;
  const attestation = (overrides: Partial<ActorAttestation> = {}): ActorAttestation => ({
    id: '00000000-0000-4000-8000-000000000001',
    // a hash no other test has assessed, so the per-process memory starts empty for it
    hash: `viewer-spec-${++hashes}`,
    status: 'ACTIVE',
    expiresAt: new Date(readAt.getTime() + 1000),
    readAt,
    ...overrides,
  });
  const vendor = (attested: ActorAttestation | null | undefined): Actor => ({
    userId: 'u',
    organisationId: 'o',
    organisationKind: 'VENDOR',
    roles: ['VENDOR'],
    ...(attested === undefined ? {} : { vendor: { country: 'EE', smeClass: 'SMALL', suspendedAt: null, attestation: attested } }),
  });
  const service = () => {
    const attestations = {
      answersOf: jest.fn(async () => NATO_T4_ANSWERS),
      currentInOneStatement: jest.fn(async () => null),
    };
    return { attestations, viewers: new ChallengeViewerService(attestations as unknown as AttestationService) };
  };
  const expectedTiers = {
    NATO: assessTier(NATO_T4_ANSWERS, 'NATO').tier,
    EU_EEA: assessTier(NATO_T4_ANSWERS, 'EU_EEA').tier,
  };

  it('assesses an attestation the process has not seen from its answers, read once per hash', async () => {
    const { attestations, viewers } = service();
    const attested = attestation();
    expect((await viewers.of(vendor(attested))).tiers).toEqual(expectedTiers);
    expect((await viewers.of(vendor({ ...attested, readAt: new Date(readAt.getTime() + 10) }))).tiers).toEqual(expectedTiers);
    expect(attestations.answersOf).toHaveBeenCalledTimes(1);
    expect(attestations.answersOf).toHaveBeenCalledWith(attested);
    expect(attestations.currentInOneStatement).not.toHaveBeenCalled();
    expect(expectedTiers.NATO).toBe('T4');
  });

  it('gives no tier for an attestation past its expiry on the clock of the read, whatever its stored status', async () => {
    const { attestations, viewers } = service();
    const lapsed = attestation({ expiresAt: readAt });
    expect((await viewers.of(vendor(lapsed))).tiers).toEqual({ NATO: null, EU_EEA: null });
    expect(attestations.answersOf).not.toHaveBeenCalled();
  });

  it('gives no tier for a challenged or revoked attestation, nor to a vendor without one', async () => {
    const { attestations, viewers } = service();
    for (const status of ['CHALLENGED', 'REVOKED'])
      expect((await viewers.of(vendor(attestation({ status })))).tiers).toEqual({ NATO: null, EU_EEA: null });
    expect((await viewers.of(vendor(null))).tiers).toEqual({ NATO: null, EU_EEA: null });
    expect(attestations.answersOf).not.toHaveBeenCalled();
  });

  it('reads the attestation itself for an actor that was not built from a request', async () => {
    const { attestations, viewers } = service();
    expect((await viewers.of(vendor(undefined))).tiers).toEqual({ NATO: null, EU_EEA: null });
    expect(attestations.currentInOneStatement).toHaveBeenCalledWith('o');
  });

  it('gives buyers and anonymous readers no vendor tiers and reads nothing', async () => {
    const { attestations, viewers } = service();
    const officer: Actor = { userId: 'u', organisationId: 'b', organisationKind: 'BUYER', roles: ['OFFICER'] };
    expect(await viewers.of(officer)).toEqual({ actor: officer, tiers: {} });
    expect(await viewers.of(null)).toEqual({ actor: null, tiers: {} });
    expect(attestations.answersOf).not.toHaveBeenCalled();
    expect(attestations.currentInOneStatement).not.toHaveBeenCalled();
  });
});
