import { AuditChainVerifier, JobWorker } from '@app/core';
import { graphqlClient, startTestStack, TestStack } from '@app/testing';
import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Job } from 'bullmq';

import { createApiApp } from '../apps/api/src/bootstrap';
import { createWorker } from '../apps/worker/src/bootstrap';
import { ACCEPT, APPROVE, MY_ASSIGNMENTS, PROGRESS, RANKING, SCORE, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
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
const CRITERIA = `query C($id: ID!) { challenge(id: $id) { criteria { id } } }`;
const VERIFY = `{ verifyAuditChain { valid checkedEvents firstBrokenSeq } }`;

/**
 * Scale-out: two API instances and two workers on one database and one queue prefix. A whole
 * sprint is driven through both APIs in turn (every request goes to the other instance than the
 * one before), jobs run on whichever worker takes them, and every step happens exactly once.
 */
jest.setTimeout(240_000);

describe('scale-out: two APIs and two workers, one sprint (e2e)', () => {
  let stack: TestStack;
  let api2: NestFastifyApplication;
  let worker2: INestApplicationContext;
  const ran: string[][] = [[], []];
  let turn = 0;
  /** Each call goes to the other API instance. */
  const gql: TestStack['gql'] = (query, variables, token) => {
    turn += 1;
    return turn % 2 ? stack.gql(query, variables, token) : graphqlClient(api2)(query, variables, token);
  };
  const data = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  /** Records which worker ran which job (the registry's handler runs inside JobWorker.process). */
  const watch = (worker: INestApplicationContext, index: number) => {
    const jobWorker = worker.get(JobWorker) as unknown as { process: (job: Job) => Promise<unknown> };
    const process = jobWorker.process.bind(jobWorker);
    jobWorker.process = (job: Job) => {
      ran[index].push(job.name);
      return process(job);
    };
  };

  beforeAll(async () => {
    stack = await startTestStack(); // API 1; the environment now names this suite's database and prefix
    api2 = await createApiApp({ logger: false });
    await api2.init();
    await api2.getHttpAdapter().getInstance().ready();
    watch(await stack.startWorker(), 0);
    worker2 = await createWorker({ logger: false });
    watch(worker2, 1);
  });
  afterAll(async () => {
    await worker2?.close();
    await api2?.close();
    await stack.close();
  });

  it('runs a whole sprint once, whichever instance serves a request or runs a job', async () => {
    const admin = await adminLogin(gql);
    const officer = await createBuyerUser(gql, admin);
    const evaluators: Party[] = [];
    for (let i = 0; i < 3; i += 1)
      evaluators.push(await createBuyerUser(gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] }));
    const vendors: Party[] = [];
    for (const country of ['NO', 'IT', 'EE', 'PL']) {
      const vendor = await registerVendor(gql, { country });
      await attest(gql, vendor, NATO_T4_ANSWERS);
      vendors.push(vendor);
    }
    const challenge = await publishedChallenge(gql, officer, { budget: { amountMinor: 50_000_000, currency: 'EUR' }, maxAwards: 1 }, 6);
    const challengeId = challenge.id as string;
    const criteria = (await data(CRITERIA, { id: challengeId }, officer.token)).challenge.criteria;
    await data(INVITE, { id: challengeId, users: evaluators.map((e) => e.userId) }, officer.token);
    const bids: string[] = [];
    for (const [i, vendor] of vendors.entries()) {
      const input = {
        challengeId,
        summary: `Proposal ${i}`,
        technicalApproach: 'distributed sensing',
        price: { amountMinor: 5_000_000 + i * 1_000_000, currency: 'EUR' },
        durationDays: 60,
      };
      bids.push((await data(SUBMIT, { input }, vendor.token)).submitProposal.id);
    }

    // closes by itself at the deadline, screens, assigns 3 evaluators per bid
    await waitFor(
      async () => {
        const c = (await data(PROGRESS, { id: challengeId }, officer.token)).challenge;
        return c.status === 'EVALUATING' && c.evaluationProgress.assignments === 12 ? c : null;
      },
      90_000,
      'evaluation started',
    );
    for (const [e, evaluator] of evaluators.entries()) {
      for (const assignment of (await data(MY_ASSIGNMENTS, {}, evaluator.token)).myAssignments) {
        await data(ACCEPT, { id: assignment.id }, evaluator.token);
        const score = 9 - bids.indexOf(assignment.submission.id) - (e % 2); // spreads stay < 4: no moderation
        const scores = criteria.map((c: { id: string }) => ({ criterionId: c.id, score, justification: `score ${score}` }));
        await data(SCORE, { id: assignment.id, scores }, evaluator.token);
      }
    }
    const ranking = await waitFor(
      async () => (await data(RANKING, { id: challengeId }, officer.token)).challenge.ranking,
      60_000,
      'ranking',
    );
    const winner = ranking.find((r: any) => r.rank === 1).submission.id;
    expect(winner).toBe(bids[0]);
    await data(APPROVE, { id: challengeId, ids: [winner], j: null }, officer.token);
    await waitFor(
      async () => (await stack.db.query(`SELECT 1 FROM micro_contract WHERE submission_id = $1`, [winner])).length > 0,
      60_000,
      'contract issued',
    );
    // every job due by now has run (delayed ones, e.g. attestation expiry in a year, are not due)
    await waitFor(
      async () =>
        (
          await stack.db.query(
            `SELECT count(*)::int AS n FROM outbox_event WHERE processed_at IS NULL AND (run_at IS NULL OR run_at <= now())`,
          )
        )[0].n === 0
          ? true
          : null,
      60_000,
      'outbox drained',
    );

    const one = async (sql: string) => (await stack.db.query(sql, [challengeId]))[0];
    expect(
      await one(`SELECT count(*)::int AS n, count(DISTINCT submission_id)::int AS d FROM submission_screening WHERE challenge_id = $1`),
    ).toEqual({
      n: 4,
      d: 4,
    });
    expect(
      await one(
        `SELECT count(*)::int AS n, count(DISTINCT (submission_id, evaluator_user_id))::int AS d FROM evaluation_assignment WHERE challenge_id = $1`,
      ),
    ).toEqual({ n: 12, d: 12 });
    expect(
      await one(`SELECT count(*)::int AS n, count(DISTINCT submission_id)::int AS d FROM submission_result WHERE challenge_id = $1`),
    ).toEqual({
      n: 4,
      d: 4,
    });
    expect(await one(`SELECT count(*)::int AS n FROM challenge_ranking WHERE challenge_id = $1`)).toEqual({ n: 1 });
    expect(
      await one(`SELECT count(*)::int AS n FROM micro_contract m JOIN submission s ON s.id = m.submission_id WHERE s.challenge_id = $1`),
    ).toEqual({ n: 1 });
    // one-time steps were recorded once each, whichever worker ran them (and however often)
    const steps = await stack.db.query(
      `SELECT action, entity_id, count(*)::int AS n FROM audit_event
        WHERE action IN ('challenge.closed', 'contract.issued') OR action LIKE 'evaluation.%'
        GROUP BY action, entity_id HAVING count(*) > 1`,
    );
    expect(steps).toEqual([]);
    const [{ closed }] = await stack.db.query(`SELECT count(*)::int AS closed FROM audit_event WHERE action = 'challenge.closed'`);
    expect(closed).toBe(1);

    // both workers took part: the sprint's jobs were shared between them
    expect(ran[0].length).toBeGreaterThan(0);
    expect(ran[1].length).toBeGreaterThan(0);
    const sprintJobs = [...ran[0], ...ran[1]].filter((name) => !name.endsWith('-sweep') && name !== 'evaluation.sweep');
    expect(sprintJobs).toEqual(
      expect.arrayContaining(['challenge.close', 'evaluation.screen', 'evaluation.assign', 'evaluation.rank', 'contracts.issue']),
    );

    // the audit chain, linked by whichever process got there first, verifies on both instances
    expect((await data(VERIFY, {}, admin.token)).verifyAuditChain).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect((await data(VERIFY, {}, admin.token)).verifyAuditChain).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(await stack.app.get(AuditChainVerifier).verify()).toMatchObject({ valid: true });
  });
});
