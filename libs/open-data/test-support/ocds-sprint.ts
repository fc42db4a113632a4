/**
 * e2e driver for the open-data suite: one sprint through the public API with the real worker, in
 * steps so a test can read the release package between them — publish and amend, sealed bids,
 * evaluation by one evaluator, approveAward, signature, each milestone delivered, accepted, paid.
 */
import type { TestStack } from '@app/testing';
import request from 'supertest';

import { ACCEPT, APPROVE, MY_ASSIGNMENTS, RANKING, SCORE, waitFor } from '../../evaluation/test-support/evaluation-fixtures';
import {
  adminLogin,
  attest,
  createBuyerUser,
  createChallenge,
  Party,
  publish,
  registerVendor,
} from '../../solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../../sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const AMEND = `mutation A($id: ID!, $input: AmendChallengeInput!, $reason: String!) { amendChallenge(id: $id, input: $input, reason: $reason) { id } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const CHALLENGE = `query C($id: ID!) { challenge(id: $id) { status criteria { id } contracts { id milestones { id } } } }`;
const SIGN = `mutation S($id: ID!) { signContract(id: $id) { id } }`;
const DELIVER = `mutation D($id: ID!) { deliverMilestone(id: $id, evidence: "test report") { id } }`;
const ACCEPT_MILESTONE = `mutation A($id: ID!) { acceptMilestone(id: $id) { id } }`;
const PAY = `mutation P($id: ID!) { recordMilestonePayment(id: $id) { id } }`;

export const SPRINT_PRICES = { winner: 15_000_001, loser: 12_000_000 };

/** GET the package as any anonymous client would. */
export const getReleases = (stack: TestStack, challengeId: string) =>
  request(stack.app.getHttpServer()).get(`/ocds/challenges/${challengeId}/releases`);

export class OcdsSprint {
  officer: Party;
  evaluator: Party;
  winner: Party;
  loser: Party;
  challengeId: string;
  bids: { winner: string; loser: string };
  contractId: string;
  milestoneIds: string[];

  constructor(private readonly stack: TestStack) {}

  private async ok(query: string, variables: Record<string, unknown>, party: Party): Promise<Record<string, any>> {
    const res = await this.stack.gql(query, variables, party.token);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  private challenge = async () => (await this.ok(CHALLENGE, { id: this.challengeId }, this.officer)).challenge;

  async parties(): Promise<void> {
    const admin = await adminLogin(this.stack.gql);
    this.officer = await createBuyerUser(this.stack.gql, admin);
    this.evaluator = await createBuyerUser(this.stack.gql, admin, { organisationId: this.officer.organisationId, roles: ['EVALUATOR'] });
    this.winner = await registerVendor(this.stack.gql, { name: `Winner Robotics ${process.pid}` });
    this.loser = await registerVendor(this.stack.gql, { name: `Loser Sensors ${process.pid}` });
    for (const vendor of [this.winner, this.loser]) await attest(this.stack.gql, vendor, NATO_T4_ANSWERS);
  }

  /**
   * Published with a short deadline, amended once, two sealed bids in, one evaluator invited. 15 s:
   * the amendment, the invitation and both bids must fit before it on a loaded machine.
   */
  async publishAndBid(deadlineSeconds = 15, standstillDays = 0): Promise<void> {
    const draft = await createChallenge(
      this.stack.gql,
      this.officer,
      { evaluatorsPerSubmission: 1, standstillDays, maxAwards: 1 },
      deadlineSeconds,
    );
    this.challengeId = draft.id;
    await publish(this.stack.gql, this.officer, this.challengeId);
    await this.ok(
      AMEND,
      {
        id: this.challengeId,
        input: { problemStatement: 'Detect and classify small drones at night, in rain and fog.' },
        reason: 'Weather conditions clarified',
      },
      this.officer,
    );
    await this.ok(INVITE, { id: this.challengeId, users: [this.evaluator.userId] }, this.officer);
    const bid = async (vendor: Party, price: number) => {
      const input = {
        challengeId: this.challengeId,
        summary: 'Passive RF detection',
        technicalApproach: 'SDR and an edge classifier',
        price: { amountMinor: price, currency: 'EUR' },
        durationDays: 60,
      };
      return (await this.ok(SUBMIT, { input }, vendor)).submitProposal.id as string;
    };
    this.bids = { winner: await bid(this.winner, SPRINT_PRICES.winner), loser: await bid(this.loser, SPRINT_PRICES.loser) };
  }

  /** Waits for close and assignment (bids now open to the officer, still sealed to the public). */
  async untilEvaluating(): Promise<void> {
    await waitFor(
      async () => (await this.ok(MY_ASSIGNMENTS, {}, this.evaluator)).myAssignments.length === 2,
      60_000,
      'evaluation assigned',
    );
  }

  /** Scores the winner higher, waits for the ranking, approves the award and waits for its contract. */
  async award(): Promise<void> {
    const criteria: { id: string }[] = (await this.challenge()).criteria;
    for (const assignment of (await this.ok(MY_ASSIGNMENTS, {}, this.evaluator)).myAssignments) {
      const score = assignment.submission.id === this.bids.winner ? 9 : 5;
      await this.ok(ACCEPT, { id: assignment.id }, this.evaluator);
      await this.ok(
        SCORE,
        { id: assignment.id, scores: criteria.map((c) => ({ criterionId: c.id, score, justification: `scored ${score}` })) },
        this.evaluator,
      );
    }
    await waitFor(async () => (await this.ok(RANKING, { id: this.challengeId }, this.officer)).challenge.ranking, 30_000, 'ranking');
    await this.ok(APPROVE, { id: this.challengeId, ids: [this.bids.winner] }, this.officer);
    const awarded = await waitFor(
      async () => {
        const c = await this.challenge();
        return c.status === 'AWARDED' && c.contracts.length === 1 ? c : null;
      },
      30_000,
      'contract issued',
    );
    this.contractId = awarded.contracts[0].id;
    this.milestoneIds = awarded.contracts[0].milestones.map((m: { id: string }) => m.id);
  }

  async sign(): Promise<void> {
    await this.ok(SIGN, { id: this.contractId }, this.winner);
  }

  /** Each milestone in turn: delivered by the vendor, accepted and paid by the officer. */
  async deliverAndPay(): Promise<void> {
    for (const id of this.milestoneIds) {
      await this.ok(DELIVER, { id }, this.winner);
      await this.ok(ACCEPT_MILESTONE, { id }, this.officer);
      await this.ok(PAY, { id }, this.officer);
    }
  }
}
