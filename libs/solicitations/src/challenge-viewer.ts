import { Actor, hasRole } from '@app/core';
import { TRUSTED_JURISDICTIONS, type TrustedJurisdiction } from '@app/core/geo/countries';
import { assessTier, AttestationService, type CurrentAttestation, type Tier } from '@app/sovereignty';
import { Injectable } from '@nestjs/common';

/**
 * Who is reading challenges, with what need-to-know visibility depends on besides the actor: a
 * vendor's current tier per trusted set (docs/product.md, "Challenge lifecycle"). Resolved once per
 * read, before the query, so visibility stays one SQL predicate (SolicitationsPolicy.visibilitySql).
 */
export interface ChallengeViewer {
  actor: Actor | null;
  /** Vendors only: the tier per trusted set, null without an attestation ACTIVE and unexpired. */
  tiers: Partial<Record<TrustedJurisdiction, Tier | null>>;
}

@Injectable()
export class ChallengeViewerService {
  constructor(private readonly attestations: AttestationService) {}

  async of(actor: Actor | null): Promise<ChallengeViewer> {
    if (!actor || !hasRole(actor, 'VENDOR')) return { actor, tiers: {} };
    // The effective status: one past its expiry reads EXPIRED even before the expiry job ran.
    return ChallengeViewerService.withAttestation(actor, await this.attestations.currentForOrganisation(actor.organisationId));
  }

  /**
   * The same viewer from an attestation the caller has just read with currentForOrganisation (a
   * bid reads it for screening anyway): saves reading it twice on the write path.
   */
  static withAttestation(actor: Actor, current: CurrentAttestation | null): ChallengeViewer {
    if (!hasRole(actor, 'VENDOR')) return { actor, tiers: {} };
    const inForce = current?.status === 'ACTIVE' ? current : null;
    const tiers = Object.fromEntries(TRUSTED_JURISDICTIONS.map((set) => [set, inForce ? assessTier(inForce.answers, set).tier : null]));
    return { actor, tiers };
  }
}
