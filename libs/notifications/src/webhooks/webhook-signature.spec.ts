import { createHmac } from 'crypto';

import { newWebhookSecret, signWebhookBody, verifyWebhookSignature } from './webhook-signature';

describe('webhook signature', () => {
  const secret = 'whsec_test';
  const body = JSON.stringify({ id: 'e1', kind: 'CHALLENGE_PUBLISHED', occurredAt: '2026-12-01T10:00:00.000Z', data: {} });

  it('is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhookBody(secret, body, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies within the tolerance and refuses a changed body, another secret or an old timestamp', () => {
    const header = signWebhookBody(secret, body, 1_700_000_000);
    expect(verifyWebhookSignature(secret, body, header, 1_700_000_100)).toBe(true);
    expect(verifyWebhookSignature(secret, `${body} `, header, 1_700_000_100)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', body, header, 1_700_000_100)).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, 1_700_000_000 + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, body, 'garbage', 1_700_000_000)).toBe(false);
  });

  it('makes distinct, recognisable secrets', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
