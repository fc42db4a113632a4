import { startTestStack, TestStack } from '@app/testing';

import { waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

/**
 * One audit event the relay cannot read (here: a `challenge.published` whose entity id is not a
 * challenge id, as an event written by an older version with another shape could be) must not stall
 * the notifications of every later event. The relay reads the failed batch one event at a time,
 * records the events around the bad one, counts the bad one's failures and skips it after three.
 */
jest.setTimeout(180_000);

describe('notification relay and an unreadable audit event (e2e, real worker)', () => {
  let stack: TestStack;
  let officer: Party;
  let vendor: Party;

  beforeAll(async () => {
    stack = await startTestStack({ env: { JOB_BACKOFF_MS: '200', OUTBOX_RECOVER_MS: '1000', SCHEDULER_CHECK_MS: '500' } });
    officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
    vendor = await registerVendor(stack.gql, { country: 'NO' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    const saved = await stack.gql(`mutation { saveSearch(name: "drones", filter: { tag: "drones" }) { id } }`, {}, vendor.token);
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await stack?.close();
  });

  const publishedNotifications = async (challengeId: string) =>
    (
      await stack.db.query(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'CHALLENGE_PUBLISHED' AND challenge_id = $1 AND recipient_organisation_id = $2`,
        [challengeId, vendor.organisationId],
      )
    )[0].n as number;

  it('records the events before and after the bad one, and skips the bad one after three failures', async () => {
    const before = await publishedChallenge(stack.gql, officer, { tags: ['drones'] }, 3 * 86_400);
    const [poison] = await stack.db.query(
      `INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, data)
       VALUES (now(), NULL, 'challenge.published', 'Challenge', 'not-a-challenge-id', '{}') RETURNING seq`,
    );
    const after = await publishedChallenge(stack.gql, officer, { tags: ['drones'] }, 3 * 86_400);

    await stack.startWorker();
    await waitFor(async () => (await publishedNotifications(after.id)) === 1, 120_000, 'the event after the bad one is relayed');

    expect(await publishedNotifications(before.id)).toBe(1);
    const failures = await stack.db.query(
      `SELECT audit_seq::text AS seq, attempts, last_error, skipped_at FROM notification_relay_failure`,
    );
    expect(failures).toEqual([
      expect.objectContaining({ seq: String(poison.seq), attempts: 3, last_error: expect.stringContaining('uuid') }),
    ]);
    expect(failures[0].skipped_at).toBeInstanceOf(Date);
    // The relay has read the whole chain: nothing after the bad event waits.
    const [{ position }] = await stack.db.query(`SELECT position::text FROM notification_relay_cursor WHERE name = 'audit'`);
    const [{ last }] = await stack.db.query(`SELECT max(chain_pos)::text AS last FROM audit_event`);
    expect(position).toBe(last);
  });
});
