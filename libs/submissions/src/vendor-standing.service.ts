import { IdentityService } from '@app/identity';
import type { ChallengeEntity } from '@app/solicitations';
import { AttestationService, CurrentAttestation } from '@app/sovereignty';
import { Injectable } from '@nestjs/common';

import { ScreeningInput } from './engine/screening';

export interface VendorStanding {
  vendor: ScreeningInput['vendor'];
  attestation: CurrentAttestation | null;
}

/** Gathers what screening needs about a vendor from the identity and sovereignty domains. */
@Injectable()
export class VendorStandingService {
  constructor(
    private readonly identity: IdentityService,
    private readonly attestations: AttestationService,
  ) {}

  async of(organisationId: string): Promise<VendorStanding> {
    const [[organisation], attestation] = await Promise.all([
      this.identity.findOrganisations([organisationId]),
      this.attestations.currentForOrganisation(organisationId),
    ]);
    return { vendor: { country: organisation?.country ?? '??', smeClass: organisation?.smeClass ?? null }, attestation };
  }
}

/** The challenge's side of the screening input. */
export const challengeRules = (c: ChallengeEntity): ScreeningInput['challenge'] => ({
  trustedJurisdiction: c.trustedJurisdiction,
  requiredTier: c.requiredTier,
  smeOnly: c.smeOnly,
  maxContractValue: { amountMinor: c.maxContractValueMinor, currency: c.currency },
});
