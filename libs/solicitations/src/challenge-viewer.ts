import { Actor, ActorAttestation, hasRole } from '@app/core';
import { TRUSTED_JURISDICTIONS, type TrustedJurisdiction } from '@app/core/geo/countries';
import { actorAttestationStatus, assessTier, AttestationService, type CurrentAttestation, type Tier } from '@app/sovereignty';
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

type Tiers = ChallengeViewer['tiers'];

/** Attestations whose tiers are remembered; the oldest entry leaves first beyond it. */
const REMEMBERED_ATTESTATIONS = 1_000;

/**
 * Tiers per attestation hash. The hash covers every signed answer value (attestation-hash.ts) and
 * the tier engine reads nothing else, so one hash always gives the same tiers: assessing them on
 * every vendor read (the rules of five tiers, per trusted set) is work done once per attestation.
 * Only the tiers are kept: whether the attestation is still in force (status, expiry on the
 * database clock) is read with every request, as before.
 */
const tiersByHash = new Map<string, Tiers>();

function tiersOf(attestation: Pick<CurrentAttestation, 'hash' | 'answers'>): Tiers {
  let tiers = tiersByHash.get(attestation.hash);
  if (!tiers) {
    tiers = Object.freeze(Object.fromEntries(TRUSTED_JURISDICTIONS.map((set) => [set, assessTier(attestation.answers, set).tier])));
    if (tiersByHash.size >= REMEMBERED_ATTESTATIONS) tiersByHash.delete(tiersByHash.keys().next().value as string);
    tiersByHash.set(attestation.hash, tiers);
  }
  return tiers;
}

const NO_TIERS: Tiers = Object.freeze(Object.fromEntries(TRUSTED_JURISDICTIONS.map((set) => [set, null])));

@Injectable()
export class ChallengeViewerService {
  constructor(private readonly attestations: AttestationService) {}

  async of(actor: Actor | null): Promise<ChallengeViewer> {
    if (!actor || !hasRole(actor, 'VENDOR')) return { actor, tiers: {} };
    if (actor.vendor) return this.fromActorAttestation(actor, actor.vendor.attestation);
    // The effective status: one past its expiry reads EXPIRED even before the expiry job ran.
    // One statement (the row and the database clock together): this runs on every vendor read.
    return ChallengeViewerService.withAttestation(actor, await this.attestations.currentInOneStatement(actor.organisationId));
  }

  /**
   * The viewer from the attestation the actor's own statement read (ActorResolver): its status and
   * expiry were read with the request, so only its answers may be missing, and only when this
   * process has not assessed that hash yet (then they are read once).
   */
  private async fromActorAttestation(actor: Actor, attestation: ActorAttestation | null): Promise<ChallengeViewer> {
    if (!attestation) return { actor, tiers: NO_TIERS };
    if (actorAttestationStatus(attestation) !== 'ACTIVE') return { actor, tiers: NO_TIERS };
    const remembered = tiersByHash.get(attestation.hash);
    if (remembered) return { actor, tiers: remembered };
    const answers = await this.attestations.answersOf(attestation);
    return { actor, tiers: answers ? tiersOf({ hash: attestation.hash, answers }) : NO_TIERS };
  }

  /**
   * The same viewer from an attestation the caller has just read with currentForOrganisation (a
   * bid reads it for screening anyway): saves reading it twice on the write path.
   */
  static withAttestation(actor: Actor, current: CurrentAttestation | null): ChallengeViewer {
    if (!hasRole(actor, 'VENDOR')) return { actor, tiers: {} };
    return { actor, tiers: current?.status === 'ACTIVE' ? tiersOf(current) : NO_TIERS };
  }
}
