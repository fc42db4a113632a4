/** The retry schedule and the give-up rules of webhook deliveries, as pure functions (docs/webhooks.md). */
export interface WebhookRetrySettings {
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Attempts of one delivery before it is GAVE_UP. */
  maxAttempts: number;
  /** Failed attempts in a row, across a webhook's deliveries, that disable it. */
  disableAfterFailures: number;
}

/** Wait before attempt `attempt + 1` after `attempt` failed ones: base × 2^(attempt-1), capped. */
export function retryDelayMs(settings: Pick<WebhookRetrySettings, 'backoffBaseMs' | 'backoffMaxMs'>, failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** Math.min(exponent, 30));
}

export type FailureOutcome = { kind: 'retry'; delayMs: number; disableWebhook: boolean } | { kind: 'give-up'; disableWebhook: boolean };

/**
 * After a failed attempt: retry later, or give up when the attempts are used up or the webhook is
 * now disabled (its deliveries stop until an operator registers it again).
 */
export function afterFailure(settings: WebhookRetrySettings, attempts: number, consecutiveFailures: number): FailureOutcome {
  const disableWebhook = consecutiveFailures >= settings.disableAfterFailures;
  if (disableWebhook || attempts >= settings.maxAttempts) return { kind: 'give-up', disableWebhook };
  return { kind: 'retry', delayMs: retryDelayMs(settings, attempts), disableWebhook };
}

/** A 2xx answer is a delivery; anything else (3xx included: redirects are not followed) is a failure. */
export const isDelivered = (statusCode: number | null): boolean => statusCode !== null && statusCode >= 200 && statusCode < 300;
