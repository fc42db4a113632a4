import { freePort, startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

import { waitFor } from '../libs/contracts/test-support/awarded-challenge';

const TOKEN = 'observability-metrics-token-0123';

/**
 * Issue 17 item 15: Prometheus /metrics on the API (HTTP and GraphQL operation latency, error codes,
 * rate-limit refusals, pg pool) and on the worker's own listener (jobs by name and outcome, job
 * duration, queue depth, outbox lag, audit-chain result, /health and /ready), behind METRICS_TOKEN.
 */
describe('metrics (e2e)', () => {
  let stack: TestStack;
  let workerPort: number;
  const api = () => request(stack.app.getHttpServer());
  const scrape = async () => {
    const res = await api().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    return res.text;
  };

  beforeAll(async () => {
    workerPort = await freePort();
    stack = await startTestStack({
      env: { METRICS_TOKEN: TOKEN, LOGIN_MAX_FAILURES_PER_EMAIL: '2', WORKER_METRICS_PORT: String(workerPort) },
    });
  });
  afterAll(() => stack.close());

  it('the API refuses /metrics without the bearer token', async () => {
    expect((await api().get('/metrics')).status).toBe(401);
    expect((await api().get('/metrics').set('authorization', 'Bearer wrong-token-wrong-token-00')).status).toBe(401);
  });

  it('the API reports request and operation latency, error codes, rate-limit refusals and the pg pool', async () => {
    await stack.gql('query Ping { __typename }');
    await stack.gql('query Ping { __typename }');
    await stack.gql('{ __typename }');
    await stack.gql('query Broken { noSuchField }');
    await stack.gql('{ verifyAuditChain { valid } }'); // anonymous: UNAUTHENTICATED
    // The per-email login throttle (LOGIN_MAX_FAILURES_PER_EMAIL = 2 here) refuses the third attempt.
    const LOGIN = `mutation { login(email: "nobody@e2e.test", password: "wrong-password-123") { accessToken } }`;
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push((await stack.gql(LOGIN)).errors?.[0].extensions?.code);
    expect(codes[2]).toBe('RATE_LIMITED');

    const text = await scrape();
    expect(text).toMatch(/^sprintgate_graphql_operation_duration_seconds_count\{operation="Ping"\} 2$/m);
    expect(text).toMatch(/^sprintgate_graphql_operation_duration_seconds_count\{operation="anonymous"\} \d+$/m);
    expect(text).toMatch(/^sprintgate_graphql_operation_duration_seconds_count\{operation="Broken"\} 1$/m);
    expect(text).toMatch(/^sprintgate_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/m);
    expect(text).toMatch(/^sprintgate_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    // The anonymous verifyAuditChain and the two wrong passwords.
    expect(text).toMatch(/^sprintgate_graphql_errors_total\{code="UNAUTHENTICATED"\} 3$/m);
    expect(text).toMatch(/^sprintgate_rate_limit_refusals_total\{limit="graphql"\} 1$/m);
    expect(text).toMatch(/^sprintgate_graphql_errors_total\{code="RATE_LIMITED"\} 1$/m);
    expect(text).toMatch(/^sprintgate_pg_pool_clients\{state="total"\} [1-9]\d*$/m);
  });

  it('the worker answers /health, /ready and /metrics (jobs, queue depth, outbox lag, audit chain) on its own port', async () => {
    await stack.startWorker();
    const base = `http://127.0.0.1:${workerPort}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const metrics = () => fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.text());
    // The recurring sweepers run at start: the audit-chain verification among them.
    const text = await waitFor(async () => {
      const t = await metrics();
      return (
        /^sprintgate_audit_chain_valid 1$/m.test(t) &&
        /^sprintgate_jobs_total\{name="challenge.close-sweep",outcome="completed"\}/m.test(t) &&
        t
      );
    }, 60_000);
    expect(text).toMatch(/^sprintgate_job_duration_seconds_count\{name="audit.verify-chain",outcome="completed"\} [1-9]/m);
    expect(text).toMatch(/^sprintgate_queue_jobs\{state="delayed"\} \d+$/m);
    expect(text).toMatch(/^sprintgate_outbox_lag_seconds \d/m);
    expect(text).toMatch(/^sprintgate_outbox_rows\{state="given_up"\} 0$/m);
    expect(text).toMatch(/^sprintgate_pg_pool_clients\{state="idle"\} \d+$/m);

    // Outbox lag: a due row nobody processes (its job name has no handler, so it only ages).
    await stack.db.query(
      `INSERT INTO outbox_event (job_name, payload, created_at, published_at) VALUES ('no.such-job', '{}', now() - interval '90 seconds', now() - interval '90 seconds')`,
    );
    const lag = Number(/^sprintgate_outbox_lag_seconds (\S+)$/m.exec(await metrics())?.[1]);
    expect(lag).toBeGreaterThanOrEqual(90);
  }, 120_000);
});
