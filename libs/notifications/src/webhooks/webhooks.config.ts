import { ConfigError } from '@app/core';

import { WebhookRetrySettings } from './webhook-retry-rules';

type Env = Record<string, string | undefined>;

/** Settings of webhook delivery (docs/webhooks.md), validated at start, owned by this feature. */
export interface WebhooksConfig extends WebhookRetrySettings {
  /** One attempt's whole request (connect, send, answer) must finish within this (WEBHOOK_TIMEOUT_MS, 10 s). */
  timeoutMs: number;
  /** Webhooks one organisation may register (WEBHOOK_MAX_PER_ORGANISATION). */
  maxPerOrganisation: number;
}

export const WEBHOOKS_CONFIG = Symbol('WEBHOOKS_CONFIG');

export function loadWebhooksConfig(env: Env = process.env): WebhooksConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const config: WebhooksConfig = {
    timeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    backoffBaseMs: int('WEBHOOK_BACKOFF_BASE_MS', 60_000, 10),
    backoffMaxMs: int('WEBHOOK_BACKOFF_MAX_MS', 6 * 3_600_000, 10),
    maxAttempts: int('WEBHOOK_MAX_ATTEMPTS', 10, 1, 100),
    disableAfterFailures: int('WEBHOOK_DISABLE_AFTER_FAILURES', 20, 1, 10_000),
    maxPerOrganisation: int('WEBHOOK_MAX_PER_ORGANISATION', 10, 1, 1000),
  };
  if (config.backoffMaxMs < config.backoffBaseMs) problems.push('WEBHOOK_BACKOFF_MAX_MS must be at least WEBHOOK_BACKOFF_BASE_MS');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
