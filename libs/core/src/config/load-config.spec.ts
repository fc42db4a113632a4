import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('uses local defaults in development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.port).toBe(3000);
    expect(config.minSubmissionWindowSeconds).toBe(86400);
    expect(config.maxClassification).toBe('NATO_RESTRICTED');
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

describe('TRUST_PROXY and PUBLIC_BASE_URL', () => {
  const dev = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'development', ...env });
  const problemsOf = (env: Record<string, string>) => {
    try {
      dev(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('trusts no proxy by default, so X-Forwarded-For cannot choose a client IP', () => {
    expect(dev({}).trustProxy).toBe(false);
    expect(dev({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses', () => {
    expect(dev({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(dev({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.7', '::1']);
  });

  it('refuses "true" and anything that is not an address', () => {
    expect(problemsOf({ TRUST_PROXY: 'true' })[0]).toMatch(/^TRUST_PROXY/);
    expect(problemsOf({ TRUST_PROXY: '10.0.0.0/8,proxy.local' })[0]).toContain('"proxy.local"');
  });

  it('reads PUBLIC_BASE_URL without a trailing slash', () => {
    expect(dev({}).publicBaseUrl).toBeNull();
    expect(dev({ PUBLIC_BASE_URL: 'https://api.example.eu/' }).publicBaseUrl).toBe('https://api.example.eu');
    expect(problemsOf({ PUBLIC_BASE_URL: 'ftp://x' })[0]).toMatch(/^PUBLIC_BASE_URL/);
  });
});
