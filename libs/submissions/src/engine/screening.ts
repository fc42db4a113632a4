/**
 * Who may bid (docs/sovereignty.md, "Who may bid"): a pure function of the vendor, its attestation in
 * force, the challenge's rules and the price, returning every reason in words a person reads.
 * The one eligibility rule: used on submit, for the vendor's eligibility pre-check, again at close,
 * when a revocation lands during evaluation, and on the winners at award and at every follow-on.
 */
import { TRUSTED_SET_LABELS, TRUSTED_SETS, type TrustedJurisdiction } from '@app/core/geo/countries';
import { type AnswerMap, assessTier, failedTierRules, type Tier, tierAtLeast, TIERS } from '@app/sovereignty';

export interface ScreeningInput {
  /** suspendedAt: bidding suspended after a revocation until an ADMIN lifts it (docs/sovereignty.md). */
  vendor: { country: string; smeClass: string | null; suspendedAt?: Date | null };
  /** The attestation in force with its effective status (expiry applied), or null when none. */
  attestation: { id?: string; status: string; answers: AnswerMap; expiresAt: Date } | null;
  /**
   * For an existing bid: the attestation version it froze. A REVOKED one disqualifies the bid even
   * when the vendor has attested again since (the bid was made on a misrepresentation).
   */
  frozenAttestation?: { id: string; status: string } | null;
  /** For an existing bid: still awaiting the vendor's confirmation after an amendment. */
  needsConfirmation?: boolean;
  challenge: {
    trustedJurisdiction: TrustedJurisdiction;
    requiredTier: Tier;
    smeOnly: boolean;
    maxContractValue: { amountMinor: number; currency: string };
  };
  /** Absent for the pre-check before a price is known. */
  price?: { amountMinor: number; currency: string } | null;
  /** The database clock. */
  now: Date;
}

export interface ScreeningOutcome {
  eligible: boolean;
  /** The attestation's tier for the challenge's trusted set; null without an attestation in force. */
  tier: Tier | null;
  reasons: string[];
}

export function screen(input: ScreeningInput): ScreeningOutcome {
  const { vendor, attestation, challenge, price, now } = input;
  const trusted = challenge.trustedJurisdiction;
  const label = TRUSTED_SET_LABELS[trusted];
  const reasons: string[] = [];

  if (vendor.suspendedAt)
    reasons.push(
      `Bidding is suspended since ${vendor.suspendedAt.toISOString()} after an attestation was revoked, until an administrator lifts it`,
    );
  const frozen = input.frozenAttestation;
  if (frozen && frozen.status === 'REVOKED' && frozen.id !== attestation?.id)
    reasons.push('The attestation version frozen into the bid was REVOKED');
  if (input.needsConfirmation) reasons.push('The bid was not confirmed after the challenge was amended');
  if (!TRUSTED_SETS[trusted].has(vendor.country)) reasons.push(`Organisation is established in ${vendor.country}, outside ${label}`);
  if (challenge.smeOnly && vendor.smeClass !== 'MICRO' && vendor.smeClass !== 'SMALL' && vendor.smeClass !== 'MEDIUM') {
    reasons.push(`The challenge is open to SMEs only and the organisation is ${vendor.smeClass ?? 'not classified'}`);
  }

  let tier: Tier | null = null;
  if (!attestation) {
    reasons.push('The organisation has no sovereignty attestation');
  } else {
    const inForce = attestation.status === 'ACTIVE' && attestation.expiresAt.getTime() > now.getTime();
    if (!inForce) {
      reasons.push(
        attestation.status === 'ACTIVE' || attestation.status === 'EXPIRED'
          ? `The attestation expired on ${attestation.expiresAt.toISOString()}`
          : `The attestation is ${attestation.status}`,
      );
    }
    // The answers are judged even when the status fails, so the vendor learns everything at once.
    const reached = assessTier(attestation.answers, trusted).tier;
    if (inForce) tier = reached;
    if (!tierAtLeast(reached, challenge.requiredTier)) {
      reasons.push(`Attestation tier ${reached ?? 'none'} for ${label} is below the required ${challenge.requiredTier}`);
      const from = reached === null ? 0 : TIERS.indexOf(reached) + 1;
      for (const missing of TIERS.slice(from, TIERS.indexOf(challenge.requiredTier) + 1)) {
        reasons.push(...failedTierRules(missing, attestation.answers, trusted).map((gap) => gap.reason));
      }
    }
  }

  if (price) reasons.push(...priceProblems(price, challenge.maxContractValue));
  return { eligible: reasons.length === 0, tier, reasons };
}

export function priceProblems(price: { amountMinor: number; currency: string }, max: { amountMinor: number; currency: string }): string[] {
  if (price.currency !== max.currency) return [`The price is in ${price.currency}; the challenge is priced in ${max.currency}`];
  if (!Number.isSafeInteger(price.amountMinor) || price.amountMinor <= 0)
    return [`The price must be a positive amount in minor units (got ${price.amountMinor})`];
  if (price.amountMinor > max.amountMinor)
    return [`The price ${price.amountMinor} ${price.currency} exceeds the maximum contract value ${max.amountMinor} ${max.currency}`];
  return [];
}
