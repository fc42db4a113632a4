import type { Actor } from '@app/core';
import { IdentityService } from '@app/identity';
import type { ChallengeEntity } from '@app/solicitations';
import { actorAttestationStatus, AttestationService, CurrentAttestation, readCurrentAttestation } from '@app/sovereignty';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { screen, ScreeningInput, ScreeningOutcome } from './engine/screening';
import type { SubmissionEntity } from './entities/submission.entity';

export interface VendorStanding {
  vendor: ScreeningInput['vendor'];
  attestation: CurrentAttestation | null;
}

/** A bidder's standing now, plus the attestation version its bid froze. */
export interface BidStanding extends VendorStanding {
  frozenAttestation: { id: string; status: string } | null;
}

/** Gathers what screening needs about a vendor from the identity and sovereignty domains. */
@Injectable()
export class VendorStandingService {
  constructor(
    private readonly identity: IdentityService,
    private readonly attestations: AttestationService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The acting vendor's standing as the actor's own statement read it (ActorResolver): no statement
   * at all once this process knows the attestation's answers (answersOf remembers them by hash). An
   * actor that was not built from a request is read as `of` reads any organisation.
   */
  async ofActor(actor: Actor): Promise<VendorStanding> {
    if (!actor.vendor) return this.of(actor.organisationId);
    const { country, smeClass, suspendedAt, attestation } = actor.vendor;
    const answers = attestation && (await this.attestations.answersOf(attestation));
    return {
      vendor: { country, smeClass, suspendedAt },
      attestation:
        attestation && answers
          ? {
              id: attestation.id,
              hash: attestation.hash,
              // the effective status, on the database clock of the actor's read
              status: actorAttestationStatus(attestation),
              answers,
              expiresAt: attestation.expiresAt,
            }
          : null,
    };
  }

  /** Two statements, in parallel: the organisation, and the attestation with the clock it is judged by. */
  async of(organisationId: string): Promise<VendorStanding> {
    const [[organisation], attestation] = await Promise.all([
      this.identity.findOrganisations([organisationId]),
      readCurrentAttestation(this.dataSource, organisationId),
    ]);
    return {
      vendor: {
        country: organisation?.country ?? '??',
        smeClass: organisation?.smeClass ?? null,
        suspendedAt: organisation?.suspendedAt ?? null,
      },
      attestation,
    };
  }

  /**
   * For an existing bid (docs/sovereignty.md, "Who may bid"): the vendor's current attestation (a
   * re-attestation replaces the frozen version) and the frozen version's own status, since a
   * revoked version disqualifies the bid whatever came after it.
   */
  async ofBid(bid: Pick<SubmissionEntity, 'vendorOrganisationId' | 'attestationId'>): Promise<BidStanding> {
    const [standing, [frozen]] = await Promise.all([this.of(bid.vendorOrganisationId), this.attestations.findByIds([bid.attestationId])]);
    return { ...standing, frozenAttestation: frozen ? { id: frozen.id, status: frozen.status } : null };
  }
}

/** The challenge's side of the screening input. */
export const challengeRules = (c: ChallengeEntity): ScreeningInput['challenge'] => ({
  trustedJurisdiction: c.trustedJurisdiction,
  requiredTier: c.requiredTier,
  smeOnly: c.smeOnly,
  maxContractValue: { amountMinor: c.maxContractValueMinor, currency: c.currency },
});

/** An existing bid judged by the one eligibility rule: at close, after a revocation, at award and follow-on. */
export const screenBid = (
  standing: BidStanding,
  challenge: ChallengeEntity,
  bid: Pick<SubmissionEntity, 'priceMinor' | 'currency' | 'status'>,
  now: Date,
): ScreeningOutcome =>
  screen({
    ...standing,
    challenge: challengeRules(challenge),
    price: { amountMinor: bid.priceMinor, currency: bid.currency },
    needsConfirmation: bid.status === 'NEEDS_CONFIRMATION',
    now,
  });
