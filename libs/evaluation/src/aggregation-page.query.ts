import { Tx } from '@app/core';

/** One ELIGIBLE bid of a page, with what aggregation needs to decide and compute. */
export interface BidToAggregate {
  id: string;
  /** Its result when already aggregated (awaiting moderation, or not yet moved on), else null. */
  result: { needsModeration: boolean; totalScore: number } | null;
  /** Active assignments (PENDING, ACCEPTED, SCORED) and how many of them are SCORED. */
  active: number;
  scored: number;
  /** The SCORED assignments' score sheets, one per assignment. */
  sheets: { criterionId: string; score: number }[][];
}

interface Row {
  id: string;
  needs_moderation: boolean | null;
  total_score: number | null;
  active: number;
  scored: number;
  scores: [string, string, number][] | null;
}

/**
 * A page of a challenge's ELIGIBLE bids after `afterId` (keyset on id) with their result, their
 * active assignments' counts and their scores, in one statement: compact rows, so aggregating
 * 10,000 bids never holds 10,000 entities with relations.
 */
export async function aggregationPage(
  tx: Tx,
  challengeId: string,
  activeStatuses: readonly string[],
  afterId: string | null,
  limit: number,
): Promise<BidToAggregate[]> {
  const rows: Row[] = await tx.manager.query(
    // The page's ids first, then its assignments and their scores as joins over the page (no
    // per-bid subquery): the work per page stays bounded even when the planner's statistics lag
    // behind a burst of scores (a per-bid lookup then became a scan of every score per bid).
    `WITH page AS (
       SELECT id FROM submission
        WHERE challenge_id = $1 AND status = 'ELIGIBLE' AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id
        LIMIT $4),
     assignments AS (
       SELECT a.id, a.submission_id, a.status FROM evaluation_assignment a JOIN page ON page.id = a.submission_id
        WHERE a.status = ANY($2)),
     counts AS (
       SELECT submission_id, count(*)::int AS active, count(*) FILTER (WHERE status = 'SCORED')::int AS scored
         FROM assignments GROUP BY submission_id),
     sheets AS (
       SELECT x.submission_id, json_agg(json_build_array(e.assignment_id, e.criterion_id, e.score) ORDER BY e.assignment_id) AS scores
         FROM assignments x JOIN evaluation_score e ON e.assignment_id = x.id
        WHERE x.status = 'SCORED'
        GROUP BY x.submission_id)
     SELECT page.id, r.needs_moderation, r.total_score, coalesce(c.active, 0) AS active, coalesce(c.scored, 0) AS scored,
            CASE WHEN r.submission_id IS NULL THEN sh.scores END AS scores
       FROM page
       LEFT JOIN submission_result r ON r.submission_id = page.id
       LEFT JOIN counts c ON c.submission_id = page.id
       LEFT JOIN sheets sh ON sh.submission_id = page.id
      ORDER BY page.id`,
    [challengeId, activeStatuses, afterId, limit],
  );
  return rows.map((r) => {
    const byAssignment = new Map<string, { criterionId: string; score: number }[]>();
    for (const [assignmentId, criterionId, score] of r.scores ?? []) {
      if (!byAssignment.has(assignmentId)) byAssignment.set(assignmentId, []);
      byAssignment.get(assignmentId)!.push({ criterionId, score });
    }
    return {
      id: r.id,
      result: r.needs_moderation === null ? null : { needsModeration: r.needs_moderation, totalScore: r.total_score! },
      active: r.active,
      scored: r.scored,
      sheets: [...byAssignment.values()],
    };
  });
}
