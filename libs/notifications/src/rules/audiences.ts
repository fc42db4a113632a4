/**
 * Who an audience is, as SQL: each audience selects the ids of enabled users (`app_user u`) that
 * should hear of one event, from the ids the event carries (its subject). Set-based, so one
 * statement fans an event out to every recipient, however many.
 */
export const AUDIENCES = [
  /** VENDOR users of the organisation that owns the subject submission. */
  'submission-vendor',
  /** VENDOR users of the subject organisation. */
  'organisation-vendor',
  /** VENDOR users of the organisation whose attestation is the subject. */
  'attestation-vendor',
  /** VENDOR users of the organisation holding the subject contract. */
  'contract-vendor',
  /** The subject user, when an evaluator. */
  'evaluator',
  /** OFFICER users of the challenge's buying organisation. */
  'buyer-officers',
  /** VENDOR users of organisations following the challenge: a live bid, a question asked, or announced to them. */
  'challenge-followers',
  /** Followers without a live bid (a deadline reminder is for those who have not bid yet). */
  'challenge-followers-without-bid',
  /** VENDOR users of organisations whose bid on the challenge was awarded. */
  'challenge-winners',
  /** Vendor users whose saved search matches the challenge, in organisations eligible to bid (pre-filtered). */
  'saved-search-eligible',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The ids an event carries, from which its audience is found. */
export interface Subject {
  challengeId?: string | null;
  submissionId?: string | null;
  organisationId?: string | null;
  attestationId?: string | null;
  contractId?: string | null;
  userId?: string | null;
  /** saved-search-eligible: the organisations the eligibility engine let through. */
  eligibleOrganisationIds?: string[];
}

const VENDOR = `'VENDOR' = ANY(u.roles)`;
const FOLLOWING = `(
  SELECT s.vendor_organisation_id FROM submission s WHERE s.challenge_id = $challenge AND s.status <> 'WITHDRAWN'
  UNION SELECT q.asked_by_organisation_id FROM question q WHERE q.challenge_id = $challenge
  UNION SELECT n.recipient_organisation_id FROM notification n WHERE n.challenge_id = $challenge AND n.kind = 'CHALLENGE_PUBLISHED')`;

/**
 * The WHERE condition on `app_user u` for an audience; `$name` placeholders are bound by `bind`.
 * Disabled users are excluded by the caller.
 */
const CONDITIONS: Record<Audience, string> = {
  'submission-vendor': `${VENDOR} AND u.organisation_id = (SELECT vendor_organisation_id FROM submission WHERE id = $submission)`,
  'organisation-vendor': `${VENDOR} AND u.organisation_id = $organisation`,
  'attestation-vendor': `${VENDOR} AND u.organisation_id = (SELECT vendor_organisation_id FROM attestation WHERE id = $attestation)`,
  'contract-vendor': `${VENDOR} AND u.organisation_id = (SELECT vendor_organisation_id FROM micro_contract WHERE id = $contract)`,
  evaluator: `'EVALUATOR' = ANY(u.roles) AND u.id = $user`,
  'buyer-officers': `'OFFICER' = ANY(u.roles) AND u.organisation_id = (SELECT buyer_organisation_id FROM challenge WHERE id = $challenge)`,
  'challenge-followers': `${VENDOR} AND u.organisation_id IN ${FOLLOWING}`,
  'challenge-followers-without-bid': `${VENDOR} AND u.organisation_id IN ${FOLLOWING} AND u.organisation_id NOT IN (
      SELECT s.vendor_organisation_id FROM submission s WHERE s.challenge_id = $challenge AND s.status <> 'WITHDRAWN')`,
  'challenge-winners': `${VENDOR} AND u.organisation_id IN (
      SELECT s.vendor_organisation_id FROM submission s WHERE s.challenge_id = $challenge AND s.status = 'AWARDED')`,
  'saved-search-eligible': `${VENDOR} AND u.organisation_id = ANY($eligible) AND u.id IN (
      SELECT ss.user_id FROM saved_search ss JOIN challenge c ON c.id = $challenge WHERE ${savedSearchMatches('ss', 'c')})`,
};

/** A saved search `s` matches a newly published challenge `c`: the same meaning as the `challenges(filter:)` list. */
export function savedSearchMatches(s: string, c: string): string {
  return `(${s}.filter->>'tag' IS NULL OR lower(btrim(${s}.filter->>'tag')) = ANY(${c}.tags))
    AND (${s}.filter->>'buyerId' IS NULL OR ${s}.filter->>'buyerId' = ${c}.buyer_organisation_id::text)
    AND (coalesce(btrim(${s}.filter->>'search'), '') = '' OR ${c}.search_vector @@ websearch_to_tsquery('english', btrim(${s}.filter->>'search')))
    AND (jsonb_typeof(${s}.filter->'status') IS DISTINCT FROM 'array' OR jsonb_array_length(${s}.filter->'status') = 0
         OR ${s}.filter->'status' ? 'PUBLISHED')`;
}

/** The audience's condition with its placeholders turned into positional parameters appended to `params`. */
export function audienceCondition(audience: Audience, subject: Subject, params: unknown[]): string {
  const values: Record<string, unknown> = {
    challenge: subject.challengeId ?? null,
    submission: subject.submissionId ?? null,
    organisation: subject.organisationId ?? null,
    attestation: subject.attestationId ?? null,
    contract: subject.contractId ?? null,
    user: subject.userId ?? null,
    eligible: subject.eligibleOrganisationIds ?? [],
  };
  const casts: Record<string, string> = { eligible: 'uuid[]' };
  const positions = new Map<string, number>();
  return CONDITIONS[audience].replace(/\$([a-z]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`audience ${audience}: unknown placeholder $${name}`);
    if (!positions.has(name)) positions.set(name, params.push(values[name]));
    return `$${positions.get(name)}::${casts[name] ?? 'uuid'}`;
  });
}
