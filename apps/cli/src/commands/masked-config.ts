import { AppConfig } from '@app/core';

const SECRET_KEYS = new Set(['jwtSecret', 'adminPassword', 'metricsToken']);

/** A URL with its password replaced; anything that does not parse is left as it is. */
function maskUrl(value: string): string {
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}

/** The effective configuration, safe to paste into a ticket: secrets and URL passwords masked. */
export function maskedConfig(config: AppConfig): Record<string, unknown> {
  const mask = (key: string, value: unknown): unknown => {
    if (SECRET_KEYS.has(key)) return value ? '***' : '';
    if (typeof value === 'string' && /^(postgres|postgresql|redis|rediss):/.test(value)) return maskUrl(value);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(k, v)]));
    return value;
  };
  return mask('', config) as Record<string, unknown>;
}
