import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('uses local defaults in development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.port).toBe(3000);
    expect(config.minSubmissionWindowSeconds).toBe(86400);
    expect(config.maxClassification).toBe('NATO_RESTRICTED');
  });

  it('binds the loopback interface outside production and every interface in production, unless HOST says otherwise', () => {
    const production = {
      DATABASE_URL: 'postgres://u@db/sg',
      REDIS_URL: 'redis://r',
      JWT_SECRET: 'x'.repeat(40),
      ADMIN_EMAIL: 'a@b.c',
      ADMIN_PASSWORD: 'x'.repeat(12),
    };
    expect(loadConfig({ NODE_ENV: 'development' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig(production).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(() => loadConfig({ NODE_ENV: 'development', HOST: 'not a host' })).toThrow(/HOST must be/);
  });

  it('names the process with one instance id per process unless INSTANCE_ID sets it', () => {
    const first = loadConfig({ NODE_ENV: 'development' }).instanceId;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(loadConfig({ NODE_ENV: 'development' }).instanceId).toBe(first);
    expect(loadConfig({ NODE_ENV: 'development', INSTANCE_ID: 'demo-42' }).instanceId).toBe('demo-42');
    expect(() => loadConfig({ NODE_ENV: 'development', INSTANCE_ID: 'a b' })).toThrow(/INSTANCE_ID/);
  });

  it('treats an unset NODE_ENV as production and requires secrets there', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({});
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) {
        expect(problems).toContain(name);
      }
    }
  });

  it('reports every bad value at once, one message each', () => {
    let problems: string[] = [];
    try {
      loadConfig({ NODE_ENV: 'development', PORT: 'abc', MAX_CLASSIFICATION: 'SECRETISH', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(problems.some((p) => p.startsWith('MAX_CLASSIFICATION'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    expect(problems.some((p) => p.startsWith('JWT_SECRET'))).toBe(true);
  });

  it('accepts a complete production environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/sg',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(40),
      ADMIN_EMAIL: 'Ops@Example.org',
      ADMIN_PASSWORD: 'a-very-long-password',
      MIN_SUBMISSION_WINDOW_SECONDS: '5',
    });
    expect(config.nodeEnv).toBe('production');
    expect(config.adminEmail).toBe('ops@example.org');
    expect(config.minSubmissionWindowSeconds).toBe(5);
  });
});
