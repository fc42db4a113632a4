import { loadConfig } from '@app/core';

import { maskedConfig } from './masked-config';

describe('maskedConfig', () => {
  it('masks secrets and URL passwords, keeps every other setting', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:s3cret@db.internal:5432/sprintgate',
      REDIS_URL: 'rediss://:r3dis@cache.internal:6380',
      JWT_SECRET: 'a-very-long-production-secret-0123456789',
      ADMIN_EMAIL: 'ops@example.org',
      ADMIN_PASSWORD: 'admin-password-long',
      METRICS_TOKEN: 'metrics-token-0123456789',
    });
    const masked = maskedConfig(config);
    const text = JSON.stringify(masked);
    for (const secret of ['s3cret', 'r3dis', 'a-very-long-production-secret', 'admin-password-long', 'metrics-token-0123456789'])
      expect(text).not.toContain(secret);
    expect(masked.databaseUrl).toBe('postgres://app:***@db.internal:5432/sprintgate');
    expect(masked.jwtSecret).toBe('***');
    expect(masked.adminEmail).toBe('ops@example.org');
    expect((masked.ops as Record<string, unknown>).metricsToken).toBe('***');
    expect((masked.ops as Record<string, unknown>).drainDelayMs).toBe(5000);
  });
});
