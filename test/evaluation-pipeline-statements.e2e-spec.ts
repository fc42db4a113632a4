import { AggregationService, AssignmentService, RankingService, ScreeningService } from '@app/evaluation';
import { ChallengeClosingService } from '@app/solicitations';
import { startTestStack, TestStack } from '@app/testing';
import { DataSource } from 'typeorm';

import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const APPROVE = `mutation A($id: ID!, $ids: [ID!]!, $why: String) { approveAward(challengeId: $id, submissionIds: $ids, justification: $why) { status } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;

/**
 * Issue 16: the evaluation pipeline is set-based. Each step (close, screen, assign, aggregate,
 * rank, and the award decision) must send the same number of SQL statements for 50 bids as for 500, while still doing its
 * job for every bid (outcomes, assignments, results, ranks, one audit event per change) and
 * changing nothing when it runs again. Statements are counted through the DataSource's logger,
 * which TypeORM calls for every query it sends; the API process does no background SQL.
 */
jest.setTimeout(300_000);

describe('evaluation pipeline: statements per step do not grow with the number of bids (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  let evaluators: Party[];
  let vendor: Party;

  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };

  /** Runs a step and returns its result with the number of SQL statements it sent. */
  const counted = async <T>(step: () => Promise<T>): Promise<{ result: T; statements: number }> => {
    const logger = stack.app.get(DataSource).logger;
    const spy = jest.spyOn(logger, 'logQuery');
    try {
      const result = await step();
      return { result, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  };

  /** A published challenge with `size` bids from as many attested vendors (one real bid, cloned in SQL). */
  async function challengeWithBids(size: number): Promise<string> {
    const challenge = await publishedChallenge(stack.gql, officer, { blindEvaluation: true, maxAwards: 3 }, 3600);
    await data(INVITE, { id: challenge.id, users: evaluators.map((e) => e.userId) }, officer.token);
    const input = {
      challengeId: challenge.id,
      summary: 'Proposal',
      technicalApproach: 'radar + EO/IR fusion',
      price: { amountMinor: 10_000_000, currency: 'EUR' },
      durationDays: 60,
    };
    const bidId = (await data(SUBMIT, { input }, vendor.token)).submitProposal.id as string;
    const tag = `s${size}`;
    const id = (kind: string) => `md5('${tag}-${kind}-' || g)::uuid`;
    const clone = async (table: string, where: string, overrides: Record<string, string>, params: unknown[]) => {
      const columns: string[] = (
        await stack.db.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((r: { column_name: string }) => r.column_name);
      const select = columns.map((c) => overrides[c] ?? `t.${c}`).join(', ');
      await stack.db.query(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM ${table} t, generate_series(2, ${size}) g WHERE ${where}`,
        params,
      );
    };
    const [{ attestation_id }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [bidId]);
    await clone('organisation', 't.id = $1', { id: id('org'), name: `t.name || ' ${tag} ' || g` }, [vendor.organisationId]);
    await clone('app_user', 't.id = $1', { id: id('user'), organisation_id: id('org'), email: `'${tag}-' || g || '@bulk.test'` }, [
      vendor.userId,
    ]);
    await clone('attestation', 't.id = $1', { id: id('att'), vendor_organisation_id: id('org'), signed_by_user_id: id('user') }, [
      attestation_id,
    ]);
    await clone(
      'submission',
      't.id = $1',
      {
        id: id('sub'),
        vendor_organisation_id: id('org'),
        submitted_by_user_id: id('user'),
        attestation_id: id('att'),
        // Different prices, so ranking has something to order by beyond the scores.
        price_minor: `t.price_minor - g * 100`,
      },
      [bidId],
    );
    await clone(
      'submission_revision',
      't.submission_id = $1',
      { submission_id: id('sub'), attestation_id: id('att'), submitted_by_user_id: id('user') },
      [bidId],
    );
    await stack.db.query(`UPDATE challenge SET submission_deadline = now() - interval '1 second' WHERE id = $1`, [challenge.id]);
    return challenge.id;
  }

  /** Every assignment scored 5..7 on every criterion (no spread reaches moderation), as evaluators would through the API. */
  async function scoreAll(challengeId: string): Promise<void> {
    await stack.db.query(
      `INSERT INTO evaluation_score (assignment_id, criterion_id, submission_id, score, justification)
       SELECT a.id, c.id, a.submission_id, 5 + abs(hashtext(a.id::text || c.id::text)) % 3, 'bulk scored'
         FROM evaluation_assignment a JOIN evaluation_criterion c ON c.challenge_id = a.challenge_id
        WHERE a.challenge_id = $1`,
      [challengeId],
    );
    await stack.db.query(
      `UPDATE evaluation_assignment SET status = 'SCORED', accepted_at = now(), scored_at = now() WHERE challenge_id = $1`,
      [challengeId],
    );
  }

  const auditCount = async (challengeId: string, action: string): Promise<number> =>
    (
      await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND data->>'challengeId' = $2`, [
        action,
        challengeId,
      ])
    )[0].n;

  /** Runs the pipeline on `size` bids, checks what each step did, and returns each step's statement count. */
  async function pipeline(size: number): Promise<Record<string, number>> {
    const challengeId = await challengeWithBids(size);
    const statements: Record<string, number> = {};

    const close = await counted(() => stack.app.get(ChallengeClosingService).closeIfDue(challengeId));
    expect(close.result).toBe('CLOSED');
    statements.close = close.statements;

    const screen = await counted(() => stack.app.get(ScreeningService).screenChallenge(challengeId));
    expect(screen.result).toBe('EVALUATING');
    statements.screen = screen.statements;
    const [screening] = await stack.db.query(
      `SELECT count(*)::int AS screened, count(*) FILTER (WHERE eligible AND tier IS NOT NULL AND reasons = '{}')::int AS eligible
         FROM submission_screening WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(screening).toEqual({ screened: size, eligible: size });
    expect(await auditCount(challengeId, 'submission.eligible')).toBe(size);

    const assign = await counted(() => stack.app.get(AssignmentService).assignChallenge(challengeId));
    expect(assign.result).toEqual({ assigned: 3 * size, missing: 0 });
    statements.assign = assign.statements;
    const perBid = await stack.db.query(
      `SELECT count(DISTINCT evaluator_user_id)::int AS n FROM evaluation_assignment WHERE challenge_id = $1 GROUP BY submission_id`,
      [challengeId],
    );
    expect(perBid).toHaveLength(size);
    expect(perBid.every((r: { n: number }) => r.n === 3)).toBe(true);
    // Balanced: 3 × size assignments over 4 evaluators differ by at most one between any two.
    const loads = (
      await stack.db.query(`SELECT count(*)::int AS n FROM evaluation_assignment WHERE challenge_id = $1 GROUP BY evaluator_user_id`, [
        challengeId,
      ])
    ).map((r: { n: number }) => r.n);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(await auditCount(challengeId, 'evaluation.assigned')).toBe(3 * size);

    await scoreAll(challengeId);
    const aggregate = await counted(() => stack.app.get(AggregationService).aggregateChallenge(challengeId));
    expect(aggregate.result).toBe(size);
    statements.aggregate = aggregate.statements;
    expect(await auditCount(challengeId, 'evaluation.aggregated')).toBe(size);
    expect(await auditCount(challengeId, 'submission.evaluated')).toBe(size);

    const rank = await counted(() => stack.app.get(RankingService).rankChallenge(challengeId));
    expect(rank.result).toBe('RANKED');
    statements.rank = rank.statements;
    const [ranks] = await stack.db.query(
      `SELECT count(DISTINCT rank)::int AS distinct, min(rank) AS first, max(rank) AS last, count(*) FILTER (WHERE recommended)::int AS recommended
         FROM submission_result WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(ranks).toEqual({ distinct: size, first: 1, last: size, recommended: 3 });

    // Idempotent: each step run again changes nothing.
    const before = await stack.db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(await stack.app.get(ScreeningService).screenChallenge(challengeId)).toBe('SKIPPED');
    expect(await stack.app.get(AssignmentService).assignChallenge(challengeId)).toEqual({ assigned: 0, missing: 0 });
    expect(await stack.app.get(AggregationService).aggregateChallenge(challengeId)).toBe(0);
    expect(await stack.app.get(RankingService).rankChallenge(challengeId)).toBe('SKIPPED');
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM audit_event`)).toEqual(before);

    // The award: three bids become AWARDED, every other bid NOT_AWARDED, each with its event. The
    // winners are screened again one by one (at most maxAwards of them), so both sizes award three
    // cloned bids, whose vendors look alike, with a justification in case they are not the recommended ones.
    const winners = (
      await stack.db.query(
        `SELECT r.submission_id FROM submission_result r JOIN submission s ON s.id = r.submission_id
          WHERE r.challenge_id = $1 AND s.vendor_organisation_id <> $2 ORDER BY r.rank LIMIT 3`,
        [challengeId, vendor.organisationId],
      )
    ).map((r: { submission_id: string }) => r.submission_id);
    const award = await counted(() =>
      data(APPROVE, { id: challengeId, ids: winners, why: 'The three best-ranked bids of the cloned vendors.' }, officer.token),
    );
    expect(award.result.approveAward.status).toBe('AWARD_PENDING');
    statements.award = award.statements;
    const outcomes = await stack.db.query(
      `SELECT status, count(*)::int AS n FROM submission WHERE challenge_id = $1 GROUP BY status ORDER BY status`,
      [challengeId],
    );
    expect(outcomes).toEqual([
      { status: 'AWARDED', n: 3 },
      { status: 'NOT_AWARDED', n: size - 3 },
    ]);
    expect(await auditCount(challengeId, 'submission.awarded')).toBe(3);
    expect(await auditCount(challengeId, 'submission.not-awarded')).toBe(size - 3);
    return statements;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    evaluators = [];
    for (let i = 0; i < 4; i += 1)
      evaluators.push(await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] }));
    vendor = await registerVendor(stack.gql, { country: 'NO' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
  });
  afterAll(() => stack.close());

  it('closes, screens, assigns, aggregates, ranks and awards 50 and 500 bids with the same statements per step', async () => {
    const small = await pipeline(50);
    const large = await pipeline(500);
    expect(large).toEqual(small);
    // And few of them: a handful per step, not one per bid.
    for (const count of Object.values(small)) expect(count).toBeLessThan(30);
  });
});
