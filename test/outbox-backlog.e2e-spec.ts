import { OutboxRelay } from '@app/core';
import { AttestationExpiryJob } from '@app/sovereignty';
import { startTestStack, TestStack } from '@app/testing';

import { waitFor } from '../libs/contracts/test-support/awarded-challenge';
import { attest, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

/**
 * Issue 17 item 11: recovery after a Redis flush reached only the 1,000 oldest unprocessed outbox
 * rows, and every attestation kept one for 365 days (its expiry job), so with ~1,000 attested
 * vendors a lost close job was never republished. Recovery now pages through the whole backlog and
 * attestation expiry is a periodic sweep, not a year-long delayed job.
 */
describe('outbox backlog and attestation expiry at scale (e2e)', () => {
  const VENDORS = 3000;
  let stack: TestStack;

  beforeAll(async () => {
    // Only the explicit recovery passes below run: the periodic one would race them.
    stack = await startTestStack({ env: { OUTBOX_RECOVER_MS: '3600000' } });
  });
  afterAll(() => stack.close());

  it('an attestation leaves no far-future job in the outbox; the sweep expires thousands by table state', async () => {
    const vendor = await registerVendor(stack.gql);
    const template = await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    expect(await stack.db.query(`SELECT job_name FROM outbox_event WHERE run_at > now() + interval '30 days'`)).toEqual([]);

    // Several thousand attested vendors, set-based: two thirds already past their expiry.
    await stack.db.query(
      `WITH orgs AS (
         INSERT INTO organisation (name, kind, country, headcount, annual_turnover_eur, balance_sheet_eur, sme_class)
         SELECT 'Bulk vendor ' || n, 'VENDOR', 'EE', 12, 3000000, 1500000, 'SMALL' FROM generate_series(1, $2::int) n
         RETURNING id, (regexp_replace(name, '\\D', '', 'g'))::int AS n)
       INSERT INTO attestation (vendor_organisation_id, version, catalogue_version, status, answers, signatory_name,
                                signed_by_user_id, signed_at, expires_at, hash)
       SELECT orgs.id, 1, t.catalogue_version, 'ACTIVE', t.answers, t.signatory_name, t.signed_by_user_id, t.signed_at,
              CASE WHEN orgs.n % 3 = 0 THEN now() + interval '200 days' ELSE now() - interval '1 minute' END, t.hash
         FROM orgs CROSS JOIN attestation t WHERE t.id = $1`,
      [template.id, VENDORS],
    );
    const worker = await stack.startWorker();
    await worker.get(AttestationExpiryJob).sweep(); // the worker's own recurring sweep may have started first
    const counts = await stack.db.query(`SELECT status, count(*)::int AS n FROM attestation GROUP BY status ORDER BY status`);
    expect(counts).toEqual([
      { status: 'ACTIVE', n: VENDORS / 3 + 1 },
      { status: 'EXPIRED', n: (VENDORS * 2) / 3 },
    ]);
    await stack.stopWorker();
  }, 180_000);

  it('recovery pages through a backlog of thousands of rows whose jobs vanished in a flush', async () => {
    // A backlog of legitimately waiting jobs (deadlines a day away), published, then lost from Redis;
    // the newest is a close whose deadline has passed.
    await stack.db.query(
      `INSERT INTO outbox_event (job_name, payload, run_at, created_at, published_at)
       SELECT 'challenge.close', jsonb_build_object('challengeId', gen_random_uuid()), now() + interval '1 day',
              now() - interval '10 minutes', now() - interval '10 minutes' + n * interval '1 millisecond'
         FROM generate_series(1, $1::int) n`,
      [VENDORS],
    );
    const [{ id: lastClose }] = await stack.db.query(
      `INSERT INTO outbox_event (job_name, payload, run_at, created_at, published_at)
       VALUES ('challenge.close', jsonb_build_object('challengeId', gen_random_uuid()), now() - interval '1 minute',
               now() - interval '2 minutes', now() - interval '1 minute') RETURNING id`,
    );
    const worker = await stack.startWorker(); // its start-up pass recovers everything
    const relay = worker.get(OutboxRelay);
    await relay.recoverLost(); // waits for a pass in progress or runs one
    // The overdue close at the end of the backlog was republished and ran.
    await waitFor(async () => (await stack.db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [lastClose]))[0].processed_at);
    expect((await stack.queue.getJobCounts('delayed')).delayed).toBeGreaterThanOrEqual(VENDORS); // plus the sweepers' next runs

    // A second flush: one pass republishes every waiting job again.
    await stack.queue.obliterate({ force: true });
    expect(await relay.recoverLost()).toEqual({ republished: VENDORS, redelivered: 0, gaveUp: 0 });
    expect((await stack.queue.getJobCounts('delayed')).delayed).toBeGreaterThanOrEqual(VENDORS); // plus the sweepers' next runs
    expect(await relay.recoverLost()).toEqual({ republished: 0, redelivered: 0, gaveUp: 0 });
  }, 180_000);
});
