/**
 * e2e fixtures for the contract suites: a challenge and bids created through the public API, then
 * put into the state an award leaves behind (challenge AWARD_PENDING with awardedAt, bids AWARDED
 * or NOT_AWARDED) and 'contracts.issue' emitted through the app's TransactionRunner, exactly as the
 * award transaction does. The SQL step stands in for the evaluation workflow, so these suites test
 * contracts alone.
 */
import { TransactionRunner } from '@app/core';
import { TestStack } from '@app/testing';

import { attest, Party, publishedChallenge, registerVendor } from '../../solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../../sovereignty/test-support/attestation-fixtures';

type Gql = TestStack['gql'];

export const waitFor = async <T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;

export interface Bid {
  price: number;
  /** EUR unless given: the challenge's currency. */
  currency?: string;
  durationDays: number;
  milestones?: { title: string; dueInDays: number; sharePercent: number }[];
}

/** An attested vendor that has bid on the challenge; returns the vendor and its submission id. */
export async function vendorWithBid(gql: Gql, challengeId: string, bid: Bid): Promise<{ vendor: Party; submissionId: string }> {
  const vendor = await registerVendor(gql);
  await attest(gql, vendor, NATO_T4_ANSWERS);
  const input = {
    challengeId,
    summary: 'Passive RF detection with edge classification',
    technicalApproach: 'Software-defined radios and an on-device classifier.',
    price: { amountMinor: bid.price, currency: bid.currency ?? 'EUR' },
    durationDays: bid.durationDays,
    milestones: bid.milestones ?? null,
  };
  const res = await gql<{ submitProposal: { id: string } }>(SUBMIT, { input }, vendor.token);
  if (res.errors?.length || !res.data) throw new Error(`submitProposal failed: ${JSON.stringify(res.errors)}`);
  return { vendor, submissionId: res.data.submitProposal.id };
}

export async function openChallenge(gql: Gql, officer: Party, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await publishedChallenge(gql, officer, { maxAwards: 3, ...overrides })).id as string;
}

/** What approveAward leaves behind, written directly; returns awardedAt (the database clock). */
export async function markAwardPending(stack: TestStack, challengeId: string, awardedIds: string[]): Promise<Date> {
  await stack.db.query(
    `UPDATE challenge SET status = 'AWARD_PENDING', closed_at = now(), awarded_at = date_trunc('milliseconds', now()), updated_at = now() WHERE id = $1`,
    [challengeId],
  );
  const [{ awarded_at }] = await stack.db.query(`SELECT awarded_at FROM challenge WHERE id = $1`, [challengeId]);
  await stack.db.query(
    `UPDATE submission SET status = CASE WHEN id = ANY($2::uuid[]) THEN 'AWARDED' ELSE 'NOT_AWARDED' END WHERE challenge_id = $1`,
    [challengeId, awardedIds],
  );
  return awarded_at as Date;
}

/** The award transaction's emit, through the app's own TransactionRunner; returns the outbox row id. */
export async function emitIssue(stack: TestStack, challengeId: string): Promise<string> {
  await stack.app.get(TransactionRunner).run(null, async (tx) => tx.emit('contracts.issue', { challengeId }));
  const [{ id }] = await stack.db.query(
    `SELECT id FROM outbox_event WHERE job_name = 'contracts.issue' AND payload->>'challengeId' = $1 ORDER BY created_at DESC LIMIT 1`,
    [challengeId],
  );
  return id as string;
}

export const challengeStatus = async (stack: TestStack, challengeId: string): Promise<string> =>
  (await stack.db.query(`SELECT status FROM challenge WHERE id = $1`, [challengeId]))[0].status;

export const contractsPerSubmission = (stack: TestStack, challengeId: string): Promise<{ submission_id: string; n: number }[]> =>
  stack.db.query(
    `SELECT submission_id, count(*)::int AS n FROM micro_contract WHERE challenge_id = $1 AND phase = 1 GROUP BY submission_id ORDER BY submission_id`,
    [challengeId],
  );
