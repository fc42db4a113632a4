/**
 * Procurement-speed metrics in one statement over the domain tables (challenge, micro_contract,
 * contract_milestone, organisation), never over the append-only audit log. $1/$2 bound the window
 * [from, to); NULL leaves that end open.
 *
 * Each measure belongs to the window that holds the instant it starts from:
 * - challengesPublished: published_at in the window;
 * - challengesAwarded: award decisions (awarded_at) in the window whose challenge is still
 *   AWARD_PENDING or AWARDED (an award cancelled afterwards is not counted);
 * - publish → award: challenges published in the window and since awarded;
 * - award → signature: phase-1 contracts (one per winning bid) of awards in the window, once signed;
 * - delivery → payment: milestones delivered in the window (latest delivery) and since paid;
 * - SME value share and first-time share: phase-1 contracts of awards in the window. A vendor is
 *   first-time when it had no contract (any phase) issued before this one.
 * Days are fractional (elapsed seconds / 86400); medians are percentile_cont(0.5), so an even
 * count gives the mean of the middle two. Empty sets give NULL medians and shares, 0 counts.
 */
const AWARDED_STATUSES = `('AWARD_PENDING', 'AWARDED')`;
const DAYS = (later: string, earlier: string) => `extract(epoch FROM ${later} - ${earlier})::float8 / 86400`;

export const PROCUREMENT_METRICS_SQL = `
WITH w AS (
  SELECT coalesce($1::timestamptz, '-infinity'::timestamptz) AS lo, coalesce($2::timestamptz, 'infinity'::timestamptz) AS hi
),
published AS (
  SELECT c.published_at, c.awarded_at, c.status FROM challenge c, w WHERE c.published_at >= w.lo AND c.published_at < w.hi
),
awarded AS (
  SELECT c.id, c.awarded_at FROM challenge c, w WHERE c.awarded_at >= w.lo AND c.awarded_at < w.hi AND c.status IN ${AWARDED_STATUSES}
),
awards AS (
  SELECT mc.value_minor, mc.signed_at, a.awarded_at,
         coalesce(o.sme_class IN ('MICRO', 'SMALL', 'MEDIUM'), false) AS sme,
         NOT EXISTS (SELECT 1 FROM micro_contract e WHERE e.vendor_organisation_id = mc.vendor_organisation_id AND e.issued_at < mc.issued_at) AS first_time
  FROM awarded a
  JOIN micro_contract mc ON mc.challenge_id = a.id AND mc.phase = 1
  JOIN organisation o ON o.id = mc.vendor_organisation_id
),
payments AS (
  SELECT m.delivered_at, m.paid_at FROM contract_milestone m, w WHERE m.paid_at IS NOT NULL AND m.delivered_at >= w.lo AND m.delivered_at < w.hi
)
SELECT
  (SELECT count(*) FROM published)::int AS challenges_published,
  (SELECT count(*) FROM awarded)::int AS challenges_awarded,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('awarded_at', 'published_at')}) FROM published
     WHERE awarded_at IS NOT NULL AND status IN ${AWARDED_STATUSES}) AS median_days_publish_to_award,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('signed_at', 'awarded_at')}) FROM awards WHERE signed_at IS NOT NULL) AS median_days_award_to_signature,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('paid_at', 'delivered_at')}) FROM payments) AS median_days_delivery_to_payment,
  (SELECT coalesce(sum(value_minor) FILTER (WHERE sme), 0)::float8 / nullif(sum(value_minor), 0)::float8 FROM awards) AS sme_award_value_share,
  (SELECT avg(CASE WHEN first_time THEN 1 ELSE 0 END)::float8 FROM awards) AS first_time_vendor_share
`;
