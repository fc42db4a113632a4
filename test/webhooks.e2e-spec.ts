import { NotifiedEvent } from '@app/notifications/notification-sink';
import { WebhookDeliveryService, WebhookSink } from '@app/notifications/webhooks';
import { errorCode, startTestStack, TestStack } from '@app/testing';
import { randomUUID } from 'crypto';

import { waitFor } from '../libs/contracts/test-support/awarded-challenge';
import { freePort, startWebhookReceiver } from '../libs/notifications/test-support/webhook-receiver';
import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const WEBHOOK = `id url events enabled failureCount createdAt disabledAt`;
const REGISTER = `mutation R($url: String!, $events: [NotificationKind!]!) { registerWebhook(url: $url, events: $events) { secret webhook { ${WEBHOOK} } } }`;
const DELIVERIES = `query D($id: ID!) { webhookDeliveries(webhookId: $id) { id kind status attempts lastStatusCode lastError createdAt deliveredAt nextAttemptAt } }`;
const WEBHOOKS = `{ webhooks { ${WEBHOOK} } }`;
const DELETE = `mutation X($id: ID!) { deleteWebhook(id: $id) }`;

/**
 * Webhooks on the real stack with real HTTP receivers: signed deliveries, retries with backoff
 * while a receiver is down, disabling after repeated failures, exactly one delivery per event and
 * webhook, and organisation scoping. Events are planned through the sink's `plan()` exactly as the
 * notification fan-out calls it (inside its transaction); the worker delivers.
 */
describe('webhooks', () => {
  let stack: TestStack;
  let vendor: Party;
  let other: Party;
  let sink: WebhookSink;

  beforeAll(async () => {
    stack = await startTestStack({
      worker: true,
      env: {
        WEBHOOK_BACKOFF_BASE_MS: '300',
        WEBHOOK_BACKOFF_MAX_MS: '1200',
        WEBHOOK_MAX_ATTEMPTS: '8',
        WEBHOOK_DISABLE_AFTER_FAILURES: '5',
        WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
    sink = stack.app.get(WebhookSink);
    vendor = await registerVendor(stack.gql);
    other = await registerVendor(stack.gql);
  });
  afterAll(() => stack?.close());

  async function register(party: Party, url: string, events = ['CHALLENGE_PUBLISHED', 'CHALLENGE_AMENDED']) {
    const res = await stack.gql(REGISTER, { url, events }, party.token);
    expect(res.errors).toBeUndefined();
    return res.data!.registerWebhook as { secret: string; webhook: { id: string; enabled: boolean } };
  }

  /** What the notification core does for one event: plan it inside a transaction. */
  async function plan(overrides: Partial<NotifiedEvent> = {}): Promise<NotifiedEvent> {
    const event: NotifiedEvent = {
      eventKey: randomUUID(),
      kind: 'CHALLENGE_PUBLISHED',
      occurredAt: new Date('2026-12-01T10:00:00.000Z'),
      challengeId: randomUUID(),
      organisationIds: [vendor.organisationId],
      data: { title: 'Counter-drone detection' },
      ...overrides,
    };
    await stack.db.transaction((manager) => sink.plan(manager, event));
    return event;
  }

  const deliveries = async (party: Party, webhookId: string) => {
    const res = await stack.gql(DELIVERIES, { id: webhookId }, party.token);
    expect(res.errors).toBeUndefined();
    return res.data!.webhookDeliveries as {
      id: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
    }[];
  };

  it('delivers a signed JSON event the receiver verifies, once per event, only for subscribed kinds', async () => {
    let secret = '';
    const receiver = await startWebhookReceiver({ secret: () => secret });
    try {
      const { secret: shown, webhook } = await register(vendor, receiver.url);
      secret = shown;
      expect(shown).toMatch(/^whsec_/);
      expect(webhook.enabled).toBe(true);

      const published = await plan();
      await plan({ kind: 'AWARD_DECIDED' }); // not subscribed: nothing
      await plan({ organisationIds: [other.organisationId] }); // another organisation's event: nothing
      const amended = await plan({ kind: 'CHALLENGE_AMENDED', challengeId: null, data: { reason: 'typo' } });

      await waitFor(async () => receiver.received.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 800)); // nothing else arrives
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      const byId = new Map(receiver.received.map((r) => [r.json.id, r]));
      expect(byId.get(published.eventKey)!.json).toEqual({
        id: published.eventKey,
        kind: 'CHALLENGE_PUBLISHED',
        occurredAt: '2026-12-01T10:00:00.000Z',
        data: { challengeId: published.challengeId, title: 'Counter-drone detection' },
      });
      expect(byId.get(amended.eventKey)!.json.data).toEqual({ reason: 'typo' });
      const headers = byId.get(published.eventKey)!.headers;
      expect(headers['x-sprintgate-event']).toBe('CHALLENGE_PUBLISHED');
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-sprintgate-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

      const listed = await deliveries(vendor, webhook.id);
      expect(listed.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
        ['DELIVERED', 1, 200],
        ['DELIVERED', 1, 200],
      ]);
      expect(new Set(listed.map((d) => d.id))).toEqual(new Set(receiver.received.map((r) => r.headers['x-sprintgate-delivery'])));

      // The secret is shown once: no field of the listing carries it.
      const all = await stack.gql(WEBHOOKS, {}, vendor.token);
      expect(JSON.stringify(all.data)).not.toContain(shown);
      await stack.gql(DELETE, { id: webhook.id }, vendor.token);
    } finally {
      await receiver.close();
    }
  });

  it('retries with backoff while the receiver is down, then delivers once it is back', async () => {
    const port = await freePort();
    const { webhook } = await register(vendor, `http://127.0.0.1:${port}/hooks`);
    await plan();
    const failing = await waitFor(async () => {
      const [d] = await deliveries(vendor, webhook.id);
      return d?.attempts >= 2 && d;
    });
    expect(failing).toMatchObject({ status: 'FAILED', lastStatusCode: null });
    expect(failing.lastError).toMatch(/ECONNREFUSED/);

    const receiver = await startWebhookReceiver({ port });
    try {
      const delivered = await waitFor(async () => {
        const [d] = await deliveries(vendor, webhook.id);
        return d?.status === 'DELIVERED' && d;
      });
      expect(delivered.attempts).toBeGreaterThanOrEqual(3);
      expect(delivered).toMatchObject({ lastStatusCode: 200, lastError: null });
      expect(receiver.received).toHaveLength(1);
      const [row] = (await stack.gql(WEBHOOKS, {}, vendor.token)).data!.webhooks.filter((w: { id: string }) => w.id === webhook.id);
      expect(row).toMatchObject({ enabled: true, failureCount: 0 });

      // The attempts were spaced out by the exponential backoff (300 ms, 600 ms, ...), by the database clock.
      const [{ spread }] = await stack.db.query(
        `SELECT extract(epoch FROM delivered_at - created_at) AS spread FROM webhook_delivery WHERE webhook_id = $1`,
        [webhook.id],
      );
      expect(Number(spread)).toBeGreaterThanOrEqual(0.9);
    } finally {
      await receiver.close();
      await stack.gql(DELETE, { id: webhook.id }, vendor.token);
    }
  });

  it('disables a webhook after repeated failures and gives its deliveries up; the disabling is audited', async () => {
    const receiver = await startWebhookReceiver({ status: () => 500 });
    try {
      const { webhook } = await register(vendor, receiver.url);
      await plan();
      await plan();
      const disabled = await waitFor(async () => {
        const row = (await stack.gql(WEBHOOKS, {}, vendor.token)).data!.webhooks.find((w: { id: string }) => w.id === webhook.id);
        return row && !row.enabled && row;
      });
      expect(disabled.failureCount).toBe(5);
      expect(disabled.disabledAt).toEqual(expect.any(String));
      const settled = await waitFor(async () => {
        const list = await deliveries(vendor, webhook.id);
        return list.every((d) => d.status === 'GAVE_UP') && list;
      });
      expect(settled).toHaveLength(2);
      expect(settled.some((d) => d.lastStatusCode === 500 && d.lastError === 'HTTP 500')).toBe(true);
      // Five counted failures; the other delivery's attempt may already be in flight when the fifth
      // disables the webhook: it is sent, not counted, and its delivery is given up.
      expect(receiver.received.length).toBeGreaterThanOrEqual(5);
      expect(receiver.received.length).toBeLessThanOrEqual(6);

      // A disabled webhook gets no new deliveries.
      await plan();
      expect(await deliveries(vendor, webhook.id)).toHaveLength(2);

      const audit = await stack.db.query(
        `SELECT action, data FROM audit_event WHERE entity_type = 'Webhook' AND entity_id = $1 ORDER BY seq`,
        [webhook.id],
      );
      expect(audit.map((e: { action: string }) => e.action)).toEqual(['webhook.registered', 'webhook.disabled']);
      expect(audit[1].data).toMatchObject({ consecutiveFailures: 5, lastError: 'HTTP 500' });
    } finally {
      await receiver.close();
    }
  });

  it('sends one request per event and webhook, however often the event is planned or its job runs', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const { webhook } = await register(vendor, receiver.url);
      const event = await plan();
      await stack.db.transaction((manager) => sink.plan(manager, event)); // the fan-out retried
      const [row] = await stack.db.query(`SELECT id FROM webhook_delivery WHERE webhook_id = $1`, [webhook.id]);
      // The job duplicated: three senders race the worker's own job for attempt 1.
      const service = stack.app.get(WebhookDeliveryService);
      const outcomes = await Promise.all([1, 2, 3].map(() => service.attempt(row.id, 1)));
      await stack.queue.add('webhooks.deliver', { deliveryId: row.id, attempt: 1 });
      await waitFor(async () => (await deliveries(vendor, webhook.id))[0]?.status === 'DELIVERED');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(receiver.received).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'delivered').length).toBeLessThanOrEqual(1);
      expect(await service.attempt(row.id, 1)).toBe('skipped');
      expect(await deliveries(vendor, webhook.id)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 1 })]);
      await stack.gql(DELETE, { id: webhook.id }, vendor.token);
    } finally {
      await receiver.close();
    }
  });

  it('delivers a real event end to end: a bid receipt reaches its vendor only (sealed bids)', async () => {
    const secrets = new Map<string, string>();
    const receiver = await startWebhookReceiver({ secret: () => [...secrets.values()][0] });
    const rival = await startWebhookReceiver();
    try {
      const officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
      const challenge = await publishedChallenge(stack.gql, officer);
      const bidder = await registerVendor(stack.gql);
      await attest(stack.gql, bidder, NATO_T4_ANSWERS);
      const { secret } = await register(bidder, receiver.url, ['BID_RECEIVED']);
      secrets.set(bidder.organisationId, secret);
      // Another vendor and the buyer subscribe to bids too: before close they must hear nothing.
      await register(other, rival.url, ['BID_RECEIVED']);
      await register(officer, rival.url, ['BID_RECEIVED', 'QUESTION_ASKED']);

      const submitted = await stack.gql(
        `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            challengeId: challenge.id,
            summary: 'Passive RF detection with edge classification',
            technicalApproach: 'Software-defined radios and an on-device classifier.',
            price: { amountMinor: 9_000_000, currency: 'EUR' },
            durationDays: 60,
          },
        },
        bidder.token,
      );
      expect(submitted.errors).toBeUndefined();

      const [got] = await waitFor(async () => receiver.received.length > 0 && receiver.received);
      expect(got.verified).toBe(true);
      expect(got.headers['x-sprintgate-event']).toBe('BID_RECEIVED');
      expect(got.json).toMatchObject({ kind: 'BID_RECEIVED', data: { challengeId: challenge.id } });
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the relay runs every second
      expect(receiver.received).toHaveLength(1);
      expect(rival.received).toEqual([]);
    } finally {
      await receiver.close();
      await rival.close();
    }
  });

  it("keeps each organisation's webhooks to itself: a foreign one looks missing", async () => {
    const { webhook } = await register(vendor, 'https://hooks.example.eu/sprintgate');
    expect(errorCode(await stack.gql(DELIVERIES, { id: webhook.id }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(DELETE, { id: webhook.id }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(DELIVERIES, { id: randomUUID() }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(DELIVERIES, { id: 'not-a-uuid' }, other.token))).toBe('NOT_FOUND');
    const foreign = await stack.gql(DELIVERIES, { id: webhook.id }, other.token);
    const missing = await stack.gql(DELIVERIES, { id: randomUUID() }, other.token);
    expect(foreign.errors![0].message).toBe(missing.errors![0].message);
    expect((await stack.gql(WEBHOOKS, {}, other.token)).data!.webhooks.map((w: { id: string }) => w.id)).not.toContain(webhook.id);

    // The owner still sees it, deletes it, and then it is gone for the owner too.
    expect((await stack.gql(WEBHOOKS, {}, vendor.token)).data!.webhooks.map((w: { id: string }) => w.id)).toContain(webhook.id);
    expect((await stack.gql(DELETE, { id: webhook.id }, vendor.token)).data).toEqual({ deleteWebhook: true });
    expect(errorCode(await stack.gql(DELETE, { id: webhook.id }, vendor.token))).toBe('NOT_FOUND');
    expect((await stack.gql(WEBHOOKS, {}, vendor.token)).data!.webhooks.map((w: { id: string }) => w.id)).not.toContain(webhook.id);
    expect(await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [webhook.id])).toEqual([
      { action: 'webhook.registered' },
      { action: 'webhook.deleted' },
    ]);
  });

  it('holds an organisation to WEBHOOK_MAX_PER_ORGANISATION (10) even when registrations race; a deleted one frees a place', async () => {
    const fresh = await registerVendor(stack.gql);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        stack.gql(REGISTER, { url: `http://127.0.0.1:9/hooks/${i}`, events: ['CHALLENGE_PUBLISHED'] }, fresh.token),
      ),
    );
    const refused = attempts.filter((res) => res.errors);
    expect(attempts.length - refused.length).toBe(10);
    expect(refused.map((res) => [errorCode(res), res.errors![0].message])).toEqual(
      Array(2).fill(['BAD_USER_INPUT', expect.stringContaining('at most 10 webhooks')]),
    );
    const listed = (await stack.gql(WEBHOOKS, {}, fresh.token)).data!.webhooks as { id: string }[];
    expect(listed).toHaveLength(10);

    expect((await stack.gql(DELETE, { id: listed[0].id }, fresh.token)).errors).toBeUndefined();
    await register(fresh, 'http://127.0.0.1:9/hooks/again', ['CHALLENGE_PUBLISHED']);
    expect(
      errorCode(await stack.gql(REGISTER, { url: 'http://127.0.0.1:9/hooks/one-more', events: ['CHALLENGE_PUBLISHED'] }, fresh.token)),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses bad registrations with BAD_USER_INPUT and unauthenticated callers', async () => {
    for (const [url, events] of [
      ['http://hooks.example.eu/in', ['CHALLENGE_PUBLISHED']],
      ['not a url', ['CHALLENGE_PUBLISHED']],
      ['https://hooks.example.eu/in', []],
      ['https://hooks.example.eu/in', ['CHALLENGE_PUBLISHED', 'CHALLENGE_PUBLISHED']],
    ] as const) {
      const res = await stack.gql(REGISTER, { url, events }, vendor.token);
      expect([url, events, errorCode(res)]).toEqual([url, events, 'BAD_USER_INPUT']);
    }
    expect(errorCode(await stack.gql(REGISTER, { url: 'https://hooks.example.eu/in', events: ['NOT_A_KIND'] }, vendor.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await stack.gql(WEBHOOKS))).toBe('UNAUTHENTICATED');
  });
});
