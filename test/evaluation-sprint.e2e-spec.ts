import { errorCode, startTestStack, TestStack } from '@app/testing';

import {
  ACCEPT,
  APPROVE,
  CONFLICT,
  evaluationState,
  MODERATE,
  MY_ASSIGNMENTS,
  MY_ASSIGNMENTS_WITH_CONTENT,
  PROGRESS,
  RANKING,
  runJob,
  SCORE,
  SUBMISSION_VIEW,
  waitFor,
} from '../libs/evaluation/test-support/evaluation-fixtures';
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
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const CRITERIA = `query C($id: ID!) { challenge(id: $id) { criteria { id name } } }`;

/**
 * One blind sprint from close to award: five bids (one screened out after its attestation was
 * revoked), three invited evaluators at three per bid, a conflict that leaves a visible shortfall
 * until a fourth evaluator is invited, one moderation, a tie broken by price, and the award.
 */
// Closing, screening and the job chain take several seconds of real time per step.
jest.setTimeout(120_000);

describe('evaluation workflow: a full sprint (e2e, with the worker)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let foreignOfficer: Party;
  let evaluators: Party[];
  let vendors: Party[];
  let challengeId: string;
  let criteria: { id: string; name: string }[];
  const bids: string[] = [];
  // Scores per bid (index into bids): [technical, team] for every evaluator, except bid 3's technical score.
  const planned = [
    [8, 8],
    [7, 7],
    [7, 7],
    [5, 5],
  ];
  const contested = [2, 6, 9];

  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const progress = async () => (await data(PROGRESS, { id: challengeId }, officer.token)).challenge;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    foreignOfficer = await createBuyerUser(stack.gql, admin);
    evaluators = [];
    for (let i = 0; i < 4; i += 1)
      evaluators.push(await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] }));
    vendors = [];
    for (const country of ['NO', 'IT', 'EE', 'PL', 'FR']) {
      const vendor = await registerVendor(stack.gql, { country });
      await attest(stack.gql, vendor, NATO_T4_ANSWERS);
      vendors.push(vendor);
    }
  });
  afterAll(() => stack.close());

  it('screens at close: the revoked attestation is screened out, the rest start evaluating', async () => {
    const challenge = await publishedChallenge(
      stack.gql,
      officer,
      { blindEvaluation: true, budget: { amountMinor: 50_000_000, currency: 'EUR' }, maxAwards: 2 },
      5,
    );
    challengeId = challenge.id;
    criteria = (await data(CRITERIA, { id: challengeId }, officer.token)).challenge.criteria;
    await data(INVITE, { id: challengeId, users: evaluators.slice(0, 3).map((e) => e.userId) }, officer.token);
    const prices = [10_000_000, 9_000_000, 8_000_000, 12_000_000, 7_000_000];
    for (const [i, vendor] of vendors.entries()) {
      const input = {
        challengeId,
        summary: `Proposal ${i}`,
        technicalApproach: 'radar + EO/IR fusion',
        price: { amountMinor: prices[i], currency: 'EUR' },
        durationDays: 60,
      };
      bids.push((await data(SUBMIT, { input }, vendor.token)).submitProposal.id);
    }
    const [{ attestation_id: revoked }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [bids[4]]);
    await data(
      `mutation R($id: ID!) { revokeAttestation(attestationId: $id, reason: "misrepresented ownership") { id } }`,
      { id: revoked },
      admin.token,
    );
    expect((await progress()).evaluationProgress).toBeNull(); // sealed until close

    const state = await waitFor(
      async () => {
        const c = await progress();
        return c.status === 'EVALUATING' && c.evaluationProgress.assignments === 12 ? c : null;
      },
      30_000,
      'evaluation started',
    );
    expect(state.evaluationProgress).toEqual({
      submissions: 5,
      screened: 5,
      eligible: 4,
      screenedOut: 1,
      assignments: 12,
      scoredAssignments: 0,
      awaitingModeration: 0,
      evaluated: 0,
      missingEvaluators: 0,
    });
    const rows = await stack.db.query(
      `SELECT s.id, s.status, r.eligible, r.reasons FROM submission s JOIN submission_screening r ON r.submission_id = s.id WHERE s.challenge_id = $1`,
      [challengeId],
    );
    expect(rows.find((r: any) => r.id === bids[4])).toMatchObject({
      status: 'SCREENED_OUT',
      eligible: false,
      // The revocation also suspended the vendor's bidding (docs/sovereignty.md).
      reasons: [expect.stringMatching(/^Bidding is suspended since/), 'The attestation is REVOKED'],
    });
    expect(rows.filter((r: any) => r.status === 'ELIGIBLE')).toHaveLength(4);
    const perEvaluator = await stack.db.query(
      `SELECT evaluator_user_id, count(*)::int AS n FROM evaluation_assignment WHERE challenge_id = $1 GROUP BY 1`,
      [challengeId],
    );
    expect(perEvaluator.map((r: any) => r.n)).toEqual([4, 4, 4]);

    const screenedOut = (await data(SUBMISSION_VIEW, { id: bids[4] }, vendors[4].token)).submission;
    expect(screenedOut.screening).toMatchObject({
      eligible: false,
      reasons: [expect.stringMatching(/^Bidding is suspended since/), 'The attestation is REVOKED'],
    });
    expect(screenedOut.result).toBeNull();
  });

  it('opens content to an evaluator only after acceptance, and never names the vendor of a blind bid', async () => {
    const e0 = evaluators[0];
    const mine = (await data(MY_ASSIGNMENTS, {}, e0.token)).myAssignments;
    expect(mine).toHaveLength(4);
    const first = mine[0];
    expect(errorCode(await stack.gql(SUBMISSION_VIEW, { id: first.submission.id }, e0.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(MY_ASSIGNMENTS_WITH_CONTENT, {}, e0.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(SCORE, { id: first.id, scores: [] }, e0.token))).toBe('INVALID_STATE');
    expect(errorCode(await stack.gql(ACCEPT, { id: first.id }, evaluators[1].token))).toBe('NOT_FOUND');

    await data(ACCEPT, { id: first.id }, e0.token);
    const view = (await data(SUBMISSION_VIEW, { id: first.submission.id }, e0.token)).submission;
    expect(view).toMatchObject({
      summary: expect.stringMatching(/^Proposal/),
      vendor: null,
      attestation: null,
      screening: null,
      result: null,
      debrief: null,
    });
    expect(errorCode(await stack.gql(SUBMISSION_VIEW, { id: bids[4] }, e0.token))).toBe('NOT_FOUND');
    const officerView = (await data(SUBMISSION_VIEW, { id: first.submission.id }, officer.token)).submission;
    expect(officerView.vendor).not.toBeNull();

    // The attestation hash is reused on every bid of that vendor for a year: on a blind bid it
    // would let an evaluator who met the vendor on a bid that was not blind recognise it.
    const HASH = `query H($id: ID!) { submission(id: $id) { attestationHash } }`;
    const [{ attestation_hash: realHash }] = await stack.db.query(`SELECT attestation_hash FROM submission WHERE id = $1`, [
      first.submission.id,
    ]);
    expect((await data(HASH, { id: first.submission.id }, e0.token)).submission.attestationHash).toBe('');
    expect((await data(HASH, { id: first.submission.id }, officer.token)).submission.attestationHash).toBe(realHash);
  });

  it('reassigns after a declared conflict once a fourth evaluator is invited', async () => {
    const e1 = evaluators[1];
    const target = (await data(MY_ASSIGNMENTS, {}, e1.token)).myAssignments.find((a: any) => a.submission.id === bids[0]);
    expect((await data(CONFLICT, { id: target.id, reason: 'former employer' }, e1.token)).declareConflict.status).toBe('CONFLICT_DECLARED');
    const [vendorOf] = await stack.db.query(`SELECT vendor_organisation_id FROM submission WHERE id = $1`, [bids[0]]);
    expect(
      await stack.db.query(`SELECT reason FROM evaluator_conflict WHERE evaluator_user_id = $1 AND vendor_organisation_id = $2`, [
        e1.userId,
        vendorOf.vendor_organisation_id,
      ]),
    ).toEqual([{ reason: 'former employer' }]);
    // The pool of three is exhausted for this bid: the shortfall shows until the officer invites more.
    await runJob(stack, 'evaluation.assign', { challengeId });
    expect((await progress()).evaluationProgress).toMatchObject({ assignments: 11, missingEvaluators: 1 });

    await data(INVITE, { id: challengeId, users: [evaluators[3].userId] }, officer.token);
    await waitFor(async () => (await progress()).evaluationProgress.missingEvaluators === 0, 20_000, 'replacement assigned');
    const replacement = await stack.db.query(
      `SELECT evaluator_user_id, status FROM evaluation_assignment WHERE submission_id = $1 AND status = 'PENDING'`,
      [bids[0]],
    );
    expect(replacement).toContainEqual({ evaluator_user_id: evaluators[3].userId, status: 'PENDING' });
  });

  it('validates score sheets and keeps them final', async () => {
    const e0 = evaluators[0];
    const [accepted] = (await data(MY_ASSIGNMENTS, {}, e0.token)).myAssignments.filter((a: any) => a.status === 'ACCEPTED');
    const bad = await stack.gql(
      SCORE,
      { id: accepted.id, scores: [{ criterionId: criteria[0].id, score: 11, justification: ' ' }] },
      e0.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('0..10'),
        expect.stringContaining('justification'),
        expect.stringContaining('not scored'),
      ]),
    );
  });

  it('scores, aggregates, moderates and ranks with a tie broken by price', async () => {
    for (const evaluator of evaluators) {
      const mine = (await data(MY_ASSIGNMENTS, {}, evaluator.token)).myAssignments.filter((a: any) => a.status !== 'CONFLICT_DECLARED');
      for (const assignment of mine) {
        const bid = bids.indexOf(assignment.submission.id);
        if (assignment.status === 'PENDING') await data(ACCEPT, { id: assignment.id }, evaluator.token);
        const technical = bid === 3 ? contested[evaluators.indexOf(evaluator) % 3] : planned[bid][0];
        const scores = [
          { criterionId: criteria[0].id, score: technical, justification: `technical ${technical}` },
          { criterionId: criteria[1].id, score: planned[bid][1], justification: 'team' },
        ];
        const scored = (await data(SCORE, { id: assignment.id, scores }, evaluator.token)).submitScores;
        expect(scored).toMatchObject({ status: 'SCORED', evaluator: { id: evaluator.userId } });
        expect(scored.scores).toHaveLength(2);
      }
    }
    const again = (await data(MY_ASSIGNMENTS, {}, evaluators[0].token)).myAssignments[0];
    expect(errorCode(await stack.gql(SCORE, { id: again.id, scores: [] }, evaluators[0].token))).toBe('INVALID_STATE');

    await waitFor(
      async () => (await progress()).evaluationProgress.awaitingModeration === 1 && (await progress()).evaluationProgress.evaluated === 3,
      20_000,
      'aggregation',
    );
    expect((await data(RANKING, { id: challengeId }, officer.token)).challenge.ranking).toBeNull();
    const contestedView = (await data(SUBMISSION_VIEW, { id: bids[3] }, officer.token)).submission;
    expect(contestedView.result).toMatchObject({ needsModeration: true, rank: null });
    expect(contestedView.result.criteria[0]).toMatchObject({ spread: 7, consensus: null });
    expect(
      errorCode(
        await stack.gql(
          MODERATE,
          { id: bids[3], scores: [{ criterionId: criteria[0].id, score: 5, justification: 'agreed' }], rationale: 'x' },
          foreignOfficer.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await stack.gql(
          MODERATE,
          { id: bids[3], scores: [{ criterionId: criteria[1].id, score: 5, justification: 'agreed' }], rationale: 'x' },
          officer.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await data(
      MODERATE,
      {
        id: bids[3],
        scores: [{ criterionId: criteria[0].id, score: 5, justification: 'panel agreed on 5' }],
        rationale: 'scores diverged on range claims',
      },
      officer.token,
    );

    const ranking = await waitFor(
      async () => (await data(RANKING, { id: challengeId }, officer.token)).challenge.ranking,
      20_000,
      'ranking',
    );
    expect(ranking.map((r: any) => [r.submission.id, r.rank, r.totalScore, r.recommended])).toEqual([
      [bids[0], 1, 80, true],
      [bids[2], 2, 70, true], // ties with bids[1] on 70 and wins on the lower price
      [bids[1], 3, 70, false],
      [bids[3], 4, 50, false],
    ]);
    const moderated = (await data(SUBMISSION_VIEW, { id: bids[3] }, officer.token)).submission;
    expect(moderated.result.criteria[0]).toMatchObject({ spread: 7, consensus: 5 });
    expect(moderated.status).toBe('EVALUATED');
  });

  it('hides results, rankings and progress from evaluators, other buyers and vendors before the award', async () => {
    for (const outsider of [evaluators[0], foreignOfficer, vendors[0]]) {
      const seen = await stack.gql(
        `query Q($id: ID!) { challenge(id: $id) { evaluationProgress { eligible } ranking { rank } } }`,
        { id: challengeId },
        outsider.token,
      );
      expect(seen.data?.challenge).toEqual({ evaluationProgress: null, ranking: null });
    }
    expect(errorCode(await stack.gql(SUBMISSION_VIEW, { id: bids[0] }, foreignOfficer.token))).toBe('NOT_FOUND');
    const own = (await data(SUBMISSION_VIEW, { id: bids[0] }, vendors[0].token)).submission;
    expect(own).toMatchObject({ result: null, debrief: null });
  });

  it('running every job of the sprint again changes nothing', async () => {
    const before = await evaluationState(stack, challengeId);
    await runJob(stack, 'evaluation.screen', { challengeId });
    await runJob(stack, 'evaluation.assign', { challengeId });
    for (const submissionId of bids) await runJob(stack, 'evaluation.aggregate', { submissionId });
    await runJob(stack, 'evaluation.rank', { challengeId });
    await runJob(stack, 'evaluation.sweep', {});
    expect(await evaluationState(stack, challengeId)).toEqual(before);
  });

  it('approves the award within the rules and debriefs each bidder', async () => {
    expect(errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[0], bids[1]] }, officer.token))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[0], bids[1], bids[2]], j: 'all of them' }, officer.token)),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[4]], j: 'screened out' }, officer.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[0]] }, foreignOfficer.token))).toBe('NOT_FOUND');

    const awarded = (await data(APPROVE, { id: challengeId, ids: [bids[0], bids[2]] }, officer.token)).approveAward;
    expect(awarded.status).toBe('AWARD_PENDING');
    const [row] = await stack.db.query(`SELECT awarded_at, (awarded_at <= now()) AS past FROM challenge WHERE id = $1`, [challengeId]);
    expect(row.past).toBe(true);
    const statuses = await stack.db.query(`SELECT id, status FROM submission WHERE challenge_id = $1`, [challengeId]);
    const statusOf = (id: string) => statuses.find((s: any) => s.id === id).status;
    expect([0, 1, 2, 3, 4].map((i) => statusOf(bids[i]))).toEqual(['AWARDED', 'NOT_AWARDED', 'AWARDED', 'NOT_AWARDED', 'SCREENED_OUT']);
    expect(
      await stack.db.query(`SELECT job_name FROM outbox_event WHERE job_name = 'contracts.issue' AND payload->>'challengeId' = $1`, [
        challengeId,
      ]),
    ).toHaveLength(1);

    const debriefed = (await data(SUBMISSION_VIEW, { id: bids[3] }, vendors[3].token)).submission;
    expect(debriefed.result).toMatchObject({ totalScore: 50, rank: 4 });
    expect(debriefed.debrief).toHaveLength(6);
    expect(debriefed.debrief).toContainEqual({ criterion: { name: criteria[0].name }, score: 9, justification: 'technical 9' });
    expect(errorCode(await stack.gql(SUBMISSION_VIEW, { id: bids[0] }, vendors[3].token))).toBe('NOT_FOUND');
    expect((await data(SUBMISSION_VIEW, { id: bids[0] }, officer.token)).submission.debrief).toBeNull();

    // Contract issuance (another domain) runs off the award; let it settle before comparing states.
    await waitFor(
      async () =>
        (
          await stack.db.query(
            `SELECT processed_at FROM outbox_event WHERE job_name = 'contracts.issue' AND payload->>'challengeId' = $1`,
            [challengeId],
          )
        )[0]?.processed_at,
      30_000,
      'contracts.issue',
    );
    const before = await evaluationState(stack, challengeId);
    await runJob(stack, 'evaluation.rank', { challengeId });
    await runJob(stack, 'evaluation.sweep', {});
    expect(await evaluationState(stack, challengeId)).toEqual(before);
  });
});
