/**
 * Procurement-speed metrics in one statement over the domain tables (challenge, micro_contract,
 * contract_milestone, organisation), never over the append-only audit log. :from/:to bound the
 * window [from, to); NULL leaves that end open. Only challenges the caller may see count
 * (`visible`: SolicitationsPolicy.visibilitySql on alias c), so a need-to-know challenge never shows
 * up in anyone else's figures (docs/product.md, "Challenge lifecycle").
 *
 * Each measure belongs to the window that holds the instant it starts from:
 * - challengesPublished: published_at in the window;
 * - challengesAwarded: award decisions (awarded_at) in the window whose challenge is still
 *   AWARD_PENDING or AWARDED (an award cancelled afterwards is not counted);
 * - publish → award: challenges published in the window and since awarded;
 * - award → signature: phase-1 contracts (one per winning bid) of awards in the window, once signed;
 * - delivery → payment: milestones delivered in the window (latest delivery) and since paid;
 * - SME value share and first-time share: phase-1 contracts of awards in the window. A vendor is
 *   first-time when it had no contract (any phase) issued before this one. Values are never summed
 *   across currencies: the SME share is given per currency, and the overall share only when every
 *   award is in one currency (NULL otherwise).
 * Days are fractional (elapsed seconds / 86400); medians are percentile_cont(0.5), so an even
 * count gives the mean of the middle two. Empty sets give NULL medians and shares, 0 counts.
 */
const AWARDED_STATUSES = `('AWARD_PENDING', 'AWARDED')`;
const DAYS = (later: string, earlier: string) => `extract(epoch FROM ${later} - ${earlier})::float8 / 86400`;

export const procurementMetricsSql = (visible: string): string => `
WITH w AS (
  SELECT coalesce(CAST(:from AS timestamptz), '-infinity'::timestamptz) AS lo, coalesce(CAST(:to AS timestamptz), 'infinity'::timestamptz) AS hi
),
published AS (
  SELECT c.published_at, c.awarded_at, c.status FROM challenge c, w WHERE c.published_at >= w.lo AND c.published_at < w.hi AND ${visible}
),
awarded AS (
  SELECT c.id, c.awarded_at FROM challenge c, w WHERE c.awarded_at >= w.lo AND c.awarded_at < w.hi AND c.status IN ${AWARDED_STATUSES} AND ${visible}
),
awards AS (
  SELECT mc.value_minor, mc.currency, mc.signed_at, a.awarded_at,
         coalesce(o.sme_class IN ('MICRO', 'SMALL', 'MEDIUM'), false) AS sme,
         NOT EXISTS (SELECT 1 FROM micro_contract e WHERE e.vendor_organisation_id = mc.vendor_organisation_id AND e.issued_at < mc.issued_at) AS first_time
  FROM awarded a
  JOIN micro_contract mc ON mc.challenge_id = a.id AND mc.phase = 1
  JOIN organisation o ON o.id = mc.vendor_organisation_id
),
payments AS (
  SELECT m.delivered_at, m.paid_at
  FROM contract_milestone m
  JOIN micro_contract mc ON mc.id = m.contract_id
  JOIN challenge c ON c.id = mc.challenge_id, w
  WHERE m.paid_at IS NOT NULL AND m.delivered_at >= w.lo AND m.delivered_at < w.hi AND ${visible}
),
by_currency AS (
  SELECT currency, sum(value_minor) AS awarded, coalesce(sum(value_minor) FILTER (WHERE sme), 0) AS sme FROM awards GROUP BY currency
)
SELECT
  (SELECT count(*) FROM published)::int AS challenges_published,
  (SELECT count(*) FROM awarded)::int AS challenges_awarded,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('awarded_at', 'published_at')}) FROM published
     WHERE awarded_at IS NOT NULL AND status IN ${AWARDED_STATUSES}) AS median_days_publish_to_award,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('signed_at', 'awarded_at')}) FROM awards WHERE signed_at IS NOT NULL) AS median_days_award_to_signature,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('paid_at', 'delivered_at')}) FROM payments) AS median_days_delivery_to_payment,
  (SELECT CASE WHEN count(*) = 1 THEN sum(sme)::float8 / nullif(sum(awarded), 0)::float8 END FROM by_currency) AS sme_award_value_share,
  (SELECT coalesce(json_agg(json_build_object('currency', currency, 'awarded', awarded::text, 'sme', sme::text) ORDER BY currency), '[]'::json)
     FROM by_currency) AS sme_award_value_share_by_currency,
  (SELECT avg(CASE WHEN first_time THEN 1 ELSE 0 END)::float8 FROM awards) AS first_time_vendor_share
`;
