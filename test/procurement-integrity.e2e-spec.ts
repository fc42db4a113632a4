import { errorCode, startTestStack, TestStack } from '@app/testing';

import { emitIssue, markAwardPending, vendorWithBid } from '../libs/contracts/test-support/awarded-challenge';
import { ACCEPT, APPROVE, MY_ASSIGNMENTS, runJob, SCORE, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import {
  adminLogin,
  attest,
  challengeInput,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const CRITERIA = `query C($id: ID!) { challenge(id: $id) { criteria { id name } } }`;
const CHALLENGE = `query C($id: ID!) { challenge(id: $id) { status noAwardReason scoringDeadline
  evaluationProgress { eligible screenedOut evaluated missingEvaluators overdueAssignments
    evaluators { evaluatorId pending accepted scored withdrawn overdueAssignments overdue } }
  ranking { rank submission { id } recommended } } }`;
const SUBMISSION = `query V($id: ID!) { submission(id: $id) { id status screening { eligible reasons } result { rank } debrief { score } } }`;
const NO_AWARD = `mutation N($id: ID!, $reason: String!) { decideNoAward(challengeId: $id, reason: $reason) { id status noAwardReason } }`;
const REVOKE = `mutation R($id: ID!) { revokeAttestation(attestationId: $id, reason: "ownership misrepresented") { id status } }`;
const CHALLENGE_ATTESTATION = `mutation X($id: ID!) { challengeAttestation(attestationId: $id, reason: "evidence questioned") { id status } }`;
const SUSPENSION = `query O { me { organisation { id suspension { reason since attestationId } } } }`;
const LIFT = `mutation L($id: ID!, $reason: String!) { liftSuspension(organisationId: $id, reason: $reason) { id suspension { reason } } }`;
const ELIGIBILITY = `query E($id: ID!) { eligibility(challengeId: $id) { eligible reasons } }`;
const ATTESTATION = `query A($id: ID!) { attestation(id: $id) { id answers { code } assessment(trusted: NATO) { tier gaps { code } } vendor { suspension { reason } } } }`;
const WITHDRAW = `mutation W($id: ID!, $reason: String!) { withdrawAssignment(id: $id, reason: $reason) { id status } }`;
const AMEND = `mutation M($id: ID!, $input: AmendChallengeInput!, $reason: String!) { amendChallenge(id: $id, input: $input, reason: $reason) { id scoringDeadline problemStatement } }`;
const CONFIRM = `mutation F($id: ID!) { confirmSubmission(id: $id) { id status } }`;

/**
 * Procurement integrity (issue 11, items 1, 2, 3, 5, 7) on the real API and worker: revocations that
 * bite (re-screening, suspension, need-to-know answers), evaluations that cannot stall (withdrawn
 * assignments, the acceptance sweep, overdue flags), re-confirmation after amendments, and no award.
 */
jest.setTimeout(240_000);

describe('procurement integrity (e2e, with the worker)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let foreignOfficer: Party;
  let evaluators: Party[];

  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const challengeView = async (id: string) => (await data(CHALLENGE, { id }, officer.token)).challenge;

  async function attestedVendor(country = 'EE'): Promise<Party> {
    const vendor = await registerVendor(stack.gql, { country });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    return vendor;
  }

  async function bid(vendor: Party, challengeId: string, price: number): Promise<string> {
    const input = {
      challengeId,
      summary: `Bid at ${price}`,
      technicalApproach: 'radar fusion',
      price: { amountMinor: price, currency: 'EUR' },
      durationDays: 30,
    };
    return (await data(SUBMIT, { input }, vendor.token)).submitProposal.id;
  }

  /**
   * Time passes: the deadline moves to now and the close sweep (every few seconds) closes it. A short
   * real deadline would not survive a loaded machine between creating and publishing.
   */
  const deadlineNow = (challengeId: string) =>
    stack.db.query(`UPDATE challenge SET submission_deadline = now() WHERE id = $1`, [challengeId]);

  /** A published challenge (one evaluator per bid) with the given vendors' bids, closed and evaluating. */
  async function evaluatingChallenge(vendors: Party[], overrides: Record<string, unknown> = {}, pool = evaluators.slice(0, 2)) {
    const challenge = await publishedChallenge(stack.gql, officer, { evaluatorsPerSubmission: 1, maxAwards: 2, ...overrides }, 600);
    await data(INVITE, { id: challenge.id, users: pool.map((e) => e.userId) }, officer.token);
    const bids: string[] = [];
    for (const [i, vendor] of vendors.entries()) bids.push(await bid(vendor, challenge.id, 5_000_000 + i * 1_000_000));
    await deadlineNow(challenge.id);
    await waitFor(
      async () => {
        const c = await challengeView(challenge.id);
        return c.status === 'EVALUATING' && c.evaluationProgress.missingEvaluators === 0;
      },
      60_000,
      'evaluation started',
    );
    return { challengeId: challenge.id as string, bids };
  }

  /** Every open assignment of the challenge accepted and scored (technical 8, team 6). */
  async function scoreAll(challengeId: string) {
    const criteria = (await data(CRITERIA, { id: challengeId }, officer.token)).challenge.criteria;
    const [{ ids }] = await stack.db.query(`SELECT array_agg(id::text) AS ids FROM submission WHERE challenge_id = $1`, [challengeId]);
    for (const evaluator of evaluators) {
      for (const a of (await data(MY_ASSIGNMENTS, {}, evaluator.token)).myAssignments) {
        if (!ids.includes(a.submission.id) || !['PENDING', 'ACCEPTED'].includes(a.status)) continue;
        if (a.status === 'PENDING') await data(ACCEPT, { id: a.id }, evaluator.token);
        const scores = [
          { criterionId: criteria[0].id, score: 8, justification: 'strong' },
          { criterionId: criteria[1].id, score: 6, justification: 'adequate' },
        ];
        await data(SCORE, { id: a.id, scores }, evaluator.token);
      }
    }
    return waitFor(async () => (await challengeView(challengeId)).ranking, 60_000, 'ranking');
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    foreignOfficer = await createBuyerUser(stack.gql, admin);
    evaluators = [];
    for (let i = 0; i < 2; i += 1)
      evaluators.push(await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] }));
  });
  afterAll(() => stack.close());

  describe('7. no award after ranking', () => {
    it('needs a ranking and a reason, ends NO_AWARD with a debrief for every bidder and issues nothing', async () => {
      const vendors = [await attestedVendor(), await attestedVendor('NO')];
      const { challengeId, bids } = await evaluatingChallenge(vendors);
      expect(errorCode(await stack.gql(NO_AWARD, { id: challengeId, reason: 'too early' }, officer.token))).toBe('INVALID_STATE');
      await scoreAll(challengeId);

      expect(errorCode(await stack.gql(NO_AWARD, { id: challengeId, reason: 'x' }, foreignOfficer.token))).toBe('NOT_FOUND');
      expect(errorCode(await stack.gql(NO_AWARD, { id: challengeId, reason: '  ' }, officer.token))).toBe('BAD_USER_INPUT');
      const decided = (await data(NO_AWARD, { id: challengeId, reason: 'no bid offers value for money' }, officer.token)).decideNoAward;
      expect(decided).toEqual({ id: challengeId, status: 'NO_AWARD', noAwardReason: 'no bid offers value for money' });

      for (const [i, vendor] of vendors.entries()) {
        const own = (await data(SUBMISSION, { id: bids[i] }, vendor.token)).submission;
        expect(own.status).toBe('NOT_AWARDED');
        expect(own.result).not.toBeNull();
        expect(own.debrief).toHaveLength(2);
      }
      expect(errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[0]] }, officer.token))).toBe('INVALID_STATE');
      await runJob(stack, 'evaluation.sweep', {});
      expect(
        await stack.db.query(`SELECT id FROM outbox_event WHERE job_name = 'contracts.issue' AND payload->>'challengeId' = $1`, [
          challengeId,
        ]),
      ).toEqual([]);
      expect(await stack.db.query(`SELECT id FROM micro_contract WHERE challenge_id = $1`, [challengeId])).toEqual([]);
      expect((await challengeView(challengeId)).status).toBe('NO_AWARD');
    });
  });

  describe('1 and 2. revocations that bite', () => {
    let revokedVendor: Party;
    let otherVendor: Party;
    let challengeId: string;
    let bids: string[];
    let revokedAttestation: string;

    it('screens out the bid of a vendor revoked during evaluation and recomputes the ranking', async () => {
      revokedVendor = await attestedVendor();
      otherVendor = await attestedVendor('PL');
      ({ challengeId, bids } = await evaluatingChallenge([revokedVendor, otherVendor]));
      const ranking = await scoreAll(challengeId);
      expect(ranking).toHaveLength(2);

      [{ attestation_id: revokedAttestation }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [bids[0]]);
      expect(errorCode(await stack.gql(REVOKE, { id: revokedAttestation }, officer.token))).toBe('FORBIDDEN');
      await data(REVOKE, { id: revokedAttestation }, admin.token);

      await waitFor(
        async () => {
          const c = await challengeView(challengeId);
          return c.ranking?.length === 1 && c.ranking[0].submission.id === bids[1] ? c : null;
        },
        60_000,
        'ranking recomputed without the revoked bid',
      );
      const view = (await data(SUBMISSION, { id: bids[0] }, revokedVendor.token)).submission;
      expect(view.status).toBe('SCREENED_OUT');
      expect(view.screening.eligible).toBe(false);
      expect(view.screening.reasons).toEqual(expect.arrayContaining(['The attestation is REVOKED']));
      const progress = (await challengeView(challengeId)).evaluationProgress;
      expect(progress).toMatchObject({ eligible: 1, screenedOut: 1 });
      const audited = await stack.db.query(`SELECT data FROM audit_event WHERE action = 'submission.screened-out' AND entity_id = $1`, [
        bids[0],
      ]);
      expect(audited).toHaveLength(1);
      expect(audited[0].data.reasons).toEqual(expect.arrayContaining(['The attestation is REVOKED']));
      expect(errorCode(await stack.gql(APPROVE, { id: challengeId, ids: [bids[0]], j: 'x' }, officer.token))).toBe('BAD_USER_INPUT');
    });

    it('suspends the vendor until an ADMIN lifts it; a new attestation meanwhile does not restore eligibility', async () => {
      const own = (await data(SUSPENSION, {}, revokedVendor.token)).me.organisation;
      expect(own.suspension).toMatchObject({
        attestationId: revokedAttestation,
        reason: expect.stringContaining('ownership misrepresented'),
      });
      const seenByOfficer = (await data(ATTESTATION, { id: revokedAttestation }, officer.token)).attestation;
      expect(seenByOfficer.vendor.suspension).not.toBeNull();

      await attest(stack.gql, revokedVendor, NATO_T4_ANSWERS);
      const next = await publishedChallenge(stack.gql, officer, {}, 3600);
      const refused = (await data(ELIGIBILITY, { id: next.id }, revokedVendor.token)).eligibility;
      expect(refused.eligible).toBe(false);
      expect(refused.reasons).toEqual([expect.stringMatching(/^Bidding is suspended since/)]);
      expect(
        errorCode(
          await stack.gql(
            SUBMIT,
            {
              input: {
                challengeId: next.id,
                summary: 's',
                technicalApproach: 't',
                price: { amountMinor: 1000, currency: 'EUR' },
                durationDays: 5,
              },
            },
            revokedVendor.token,
          ),
        ),
      ).toBe('NOT_ELIGIBLE');

      expect(errorCode(await stack.gql(LIFT, { id: own.id, reason: 'reviewed' }, officer.token))).toBe('FORBIDDEN');
      expect(errorCode(await stack.gql(LIFT, { id: own.id, reason: ' ' }, admin.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.gql(LIFT, { id: otherVendor.organisationId, reason: 'nothing to lift' }, admin.token))).toBe(
        'INVALID_STATE',
      );
      expect(
        (await data(LIFT, { id: own.id, reason: 'ownership corrected and re-verified' }, admin.token)).liftSuspension.suspension,
      ).toBeNull();
      expect((await data(ELIGIBILITY, { id: next.id }, revokedVendor.token)).eligibility).toEqual({ eligible: true, reasons: [] });
      expect(
        await stack.db.query(`SELECT data->>'reason' AS reason FROM audit_event WHERE action = 'organisation.suspension-lifted'`),
      ).toEqual([{ reason: 'ownership corrected and re-verified' }]);
    });

    it('re-screens the winners at award: an attestation challenged since is refused with NOT_ELIGIBLE and its reasons', async () => {
      const [{ attestation_id: otherAttestation }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [bids[1]]);
      await data(CHALLENGE_ATTESTATION, { id: otherAttestation }, officer.token);
      const refused = await stack.gql(APPROVE, { id: challengeId, ids: [bids[1]] }, officer.token);
      expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
      expect(refused.errors?.[0].extensions?.reasons).toEqual(['The attestation is CHALLENGED']);
      expect((await challengeView(challengeId)).status).toBe('EVALUATING');
    });

    it('shows attestation answers to officers only on need-to-know; the tier to every officer', async () => {
      const [{ attestation_id: otherAttestation }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [bids[1]]);
      const buyerView = (await data(ATTESTATION, { id: otherAttestation }, officer.token)).attestation;
      expect(buyerView.answers.length).toBeGreaterThan(0);
      const foreignView = (await data(ATTESTATION, { id: otherAttestation }, foreignOfficer.token)).attestation;
      expect(foreignView.answers).toEqual([]);
      expect(foreignView.assessment.gaps.filter((g: { code: string }) => g.code !== 'ATTESTATION')).toEqual([]);
      expect(foreignView.assessment.tier).toBe(buyerView.assessment.tier);
      const auditor = await createBuyerUser(stack.gql, admin, { organisationId: foreignOfficer.organisationId, roles: ['AUDITOR'] });
      expect((await data(ATTESTATION, { id: otherAttestation }, auditor.token)).attestation.answers.length).toBeGreaterThan(0);
    });
  });

  describe('1. follow-on contracts re-screen the vendor', () => {
    const FOLLOW_ON = `mutation F($parentId: ID!, $input: FollowOnInput!) { issueFollowOn(parentId: $parentId, input: $input) { id phase } }`;
    const input = {
      title: 'Phase 2',
      value: { amountMinor: 1_000_000, currency: 'EUR' },
      milestones: [{ title: 'Pilot', dueInDays: 20, sharePercent: 100 }],
      justification: 'Phase 1 delivered in full.',
    };

    it('refuses a follow-on with NOT_ELIGIBLE once the vendor no longer qualifies, and issues it when it does', async () => {
      const challenge = await publishedChallenge(stack.gql, officer, { maxAwards: 1 }, 3600);
      const winner = await vendorWithBid(stack.gql, challenge.id, { price: 2_000_000, durationDays: 30 });
      // The award and completed delivery stand in through SQL (the contracts suites cover them).
      await markAwardPending(stack, challenge.id, [winner.submissionId]);
      await emitIssue(stack, challenge.id);
      const parent = await waitFor(
        async () => (await stack.db.query(`SELECT id FROM micro_contract WHERE submission_id = $1`, [winner.submissionId]))[0],
        60_000,
        'phase-1 contract',
      );
      await stack.db.query(`UPDATE micro_contract SET status = 'COMPLETED', signed_at = now(), completed_at = now() WHERE id = $1`, [
        parent.id,
      ]);

      const [{ attestation_id: attestationId }] = await stack.db.query(`SELECT attestation_id FROM submission WHERE id = $1`, [
        winner.submissionId,
      ]);
      await data(CHALLENGE_ATTESTATION, { id: attestationId }, officer.token);
      const refused = await stack.gql(FOLLOW_ON, { parentId: parent.id, input }, officer.token);
      expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
      expect(refused.errors?.[0].extensions?.reasons).toEqual(['The attestation is CHALLENGED']);
      expect(await stack.db.query(`SELECT id FROM micro_contract WHERE parent_id = $1`, [parent.id])).toEqual([]);

      // The vendor answers the challenge with a new version: in force again, the follow-on is issued.
      await attest(stack.gql, winner.vendor, NATO_T4_ANSWERS);
      expect((await data(FOLLOW_ON, { parentId: parent.id, input }, officer.token)).issueFollowOn.phase).toBe(2);
    });
  });

  describe('3. evaluations that cannot stall', () => {
    it('takes a scoring deadline at creation (after the submission deadline) and amends it during evaluation', async () => {
      const soon = new Date(Date.now() + 3600_000);
      const early = await stack.gql(
        `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`,
        { input: challengeInput({ scoringDeadline: soon.toISOString() }, 7200) },
        officer.token,
      );
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
    });

    it("withdraws an assignment on the officer's word and an unaccepted one by the sweep, reassigning each from the pool", async () => {
      const vendor = await attestedVendor();
      const scoringDeadline = new Date(Date.now() + 7 * 86400_000).toISOString();
      const { challengeId, bids } = await evaluatingChallenge([vendor], { scoringDeadline });
      expect((await challengeView(challengeId)).scoringDeadline).toBe(scoringDeadline);
      const later = new Date(Date.now() + 9 * 86400_000).toISOString();
      expect(
        (await data(AMEND, { id: challengeId, input: { scoringDeadline: later }, reason: 'panel availability' }, officer.token))
          .amendChallenge.scoringDeadline,
      ).toBe(later);

      const [first] = await stack.db.query(`SELECT id, evaluator_user_id FROM evaluation_assignment WHERE submission_id = $1`, [bids[0]]);
      expect(errorCode(await stack.gql(WITHDRAW, { id: first.id, reason: 'unresponsive' }, foreignOfficer.token))).toBe('NOT_FOUND');
      expect(errorCode(await stack.gql(WITHDRAW, { id: first.id, reason: ' ' }, officer.token))).toBe('BAD_USER_INPUT');
      expect((await data(WITHDRAW, { id: first.id, reason: 'unresponsive' }, officer.token)).withdrawAssignment.status).toBe('WITHDRAWN');
      expect(errorCode(await stack.gql(WITHDRAW, { id: first.id, reason: 'again' }, officer.token))).toBe('INVALID_STATE');
      const second = await waitFor(
        async () =>
          (
            await stack.db.query(
              `SELECT id, evaluator_user_id FROM evaluation_assignment WHERE submission_id = $1 AND status = 'PENDING'`,
              [bids[0]],
            )
          )[0],
        60_000,
        'reassigned',
      );
      expect(second.evaluator_user_id).not.toBe(first.evaluator_user_id);
      expect(
        await stack.db.query(
          `SELECT data->>'reason' AS reason FROM audit_event WHERE action = 'evaluation.assignment-withdrawn' AND entity_id = $1`,
          [first.id],
        ),
      ).toEqual([{ reason: 'unresponsive' }]);

      // Overdue: the scoring deadline has passed with the assignment still open.
      await stack.db.query(`UPDATE challenge SET scoring_deadline = now() - interval '1 minute' WHERE id = $1`, [challengeId]);
      const overdue = (await challengeView(challengeId)).evaluationProgress;
      expect(overdue.overdueAssignments).toBe(1);
      expect(overdue.evaluators).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ evaluatorId: first.evaluator_user_id, withdrawn: 1, overdue: false }),
          expect.objectContaining({ evaluatorId: second.evaluator_user_id, pending: 1, overdue: true }),
        ]),
      );

      // Not accepted within ASSIGNMENT_ACCEPT_HOURS (48 by default): the sweep withdraws it; the pool is exhausted.
      await stack.db.query(`UPDATE evaluation_assignment SET assigned_at = now() - interval '49 hours' WHERE id = $1`, [second.id]);
      await runJob(stack, 'evaluation.sweep', {});
      const [swept] = await stack.db.query(`SELECT status, withdrawal_reason FROM evaluation_assignment WHERE id = $1`, [second.id]);
      expect(swept).toEqual({ status: 'WITHDRAWN', withdrawal_reason: 'not accepted within 48 hours' });
      expect((await challengeView(challengeId)).evaluationProgress.missingEvaluators).toBe(1);
    });
  });

  describe('5. amendments ask bidders to confirm', () => {
    it('marks bids NEEDS_CONFIRMATION, lets the vendor confirm, and screens out the unconfirmed at close', async () => {
      const [confirming, silent, reviser] = [await attestedVendor(), await attestedVendor('FR'), await attestedVendor('IT')];
      const challenge = await publishedChallenge(stack.gql, officer, { evaluatorsPerSubmission: 1 }, 600);
      const confirmed = await bid(confirming, challenge.id, 5_000_000);
      const unconfirmed = await bid(silent, challenge.id, 6_000_000);
      const revised = await bid(reviser, challenge.id, 7_000_000);

      const criteria = [
        { name: 'Technical merit', description: 'Range', weight: 50 },
        { name: 'Team', description: 'Delivery', weight: 50 },
      ];
      expect(errorCode(await stack.gql(AMEND, { id: challenge.id, input: { criteria }, reason: 'rebalance' }, officer.token))).toBe(
        'INVALID_STATE',
      );
      await data(
        AMEND,
        { id: challenge.id, input: { problemStatement: 'Detect and classify small UAS by day and night.' }, reason: 'scope clarified' },
        officer.token,
      );
      for (const [vendor, id] of [
        [confirming, confirmed],
        [silent, unconfirmed],
        [reviser, revised],
      ] as const)
        expect((await data(SUBMISSION, { id }, vendor.token)).submission.status).toBe('NEEDS_CONFIRMATION');
      expect(await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'submission.needs-confirmation'`)).toEqual([
        { n: 3 },
      ]);

      expect(errorCode(await stack.gql(CONFIRM, { id: confirmed }, silent.token))).toBe('NOT_FOUND');
      expect((await data(CONFIRM, { id: confirmed }, confirming.token)).confirmSubmission.status).toBe('SUBMITTED');
      expect(errorCode(await stack.gql(CONFIRM, { id: confirmed }, confirming.token))).toBe('INVALID_STATE');
      const revisions = await stack.db.query(
        `SELECT revision, content FROM submission_revision WHERE submission_id = $1 ORDER BY revision`,
        [confirmed],
      );
      expect(revisions.map((r: any) => r.revision)).toEqual([1, 2]);
      expect(revisions[1].content).toEqual(revisions[0].content);
      // Revising answers the amendment too: the bid is SUBMITTED again with the new content.
      const again = await bid(reviser, challenge.id, 6_500_000);
      expect(again).toBe(revised);
      expect((await data(SUBMISSION, { id: revised }, reviser.token)).submission.status).toBe('SUBMITTED');

      await deadlineNow(challenge.id);
      await waitFor(
        async () => ['EVALUATING', 'NO_AWARD'].includes((await challengeView(challenge.id)).status),
        60_000,
        'closed and screened',
      );
      expect((await data(SUBMISSION, { id: confirmed }, confirming.token)).submission.status).toBe('ELIGIBLE');
      expect((await data(SUBMISSION, { id: revised }, reviser.token)).submission.status).toBe('ELIGIBLE');
      const out = (await data(SUBMISSION, { id: unconfirmed }, silent.token)).submission;
      expect(out.status).toBe('SCREENED_OUT');
      expect(out.screening.reasons).toContain('The bid was not confirmed after the challenge was amended');
    });

    it('amends criteria and weights while no submission exists', async () => {
      const challenge = await publishedChallenge(stack.gql, officer, {}, 3600);
      const criteria = [
        { name: 'Technical merit', description: 'Range', weight: 50 },
        { name: 'Team', description: 'Delivery', weight: 50 },
      ];
      await data(AMEND, { id: challenge.id, input: { criteria }, reason: 'rebalance' }, officer.token);
      const weights = (await data(`query W($id: ID!) { challenge(id: $id) { criteria { weight } } }`, { id: challenge.id }, officer.token))
        .challenge.criteria;
      expect(weights).toEqual([{ weight: 50 }, { weight: 50 }]);
      const bad = await stack.gql(
        AMEND,
        { id: challenge.id, input: { criteria: [{ name: 'Only', description: 'x', weight: 40 }] }, reason: 'r' },
        officer.token,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });
  });
});
