import { afterFailure, isDelivered, retryDelayMs } from './webhook-retry-rules';

const settings = { backoffBaseMs: 60_000, backoffMaxMs: 3_600_000, maxAttempts: 5, disableAfterFailures: 8 };

describe('webhook retry rules', () => {
  it('doubles the wait after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 40].map((n) => retryDelayMs(settings, n))).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it('retries until the attempts are used up, then gives up', () => {
    expect(afterFailure(settings, 1, 1)).toEqual({ kind: 'retry', delayMs: 60_000, disableWebhook: false });
    expect(afterFailure(settings, 4, 4)).toEqual({ kind: 'retry', delayMs: 480_000, disableWebhook: false });
    expect(afterFailure(settings, 5, 5)).toEqual({ kind: 'give-up', disableWebhook: false });
  });

  it('disables the webhook after N failures in a row, whatever the delivery', () => {
    expect(afterFailure(settings, 1, 8)).toEqual({ kind: 'give-up', disableWebhook: true });
  });

  it('counts only 2xx as delivered', () => {
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([null, 199, 301, 404, 500].some(isDelivered)).toBe(false);
  });
});
