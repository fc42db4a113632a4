import { microContractLimitFor } from './app-config';
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

  it('reads per-currency micro-contract limits; unlisted currencies fall back to MICRO_CONTRACT_LIMIT_MINOR', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      MICRO_CONTRACT_LIMITS: ' EUR:250000000, GBP:200000000',
      MICRO_CONTRACT_LIMIT_MINOR: '90000000',
    });
    expect(config.microContractLimits).toEqual({ EUR: 250_000_000, GBP: 200_000_000 });
    expect(microContractLimitFor(config, 'GBP')).toBe(200_000_000);
    expect(microContractLimitFor(config, 'EUR')).toBe(250_000_000);
    expect(microContractLimitFor(config, 'NOK')).toBe(90_000_000);
    expect(loadConfig({ NODE_ENV: 'development' }).microContractLimits).toEqual({});
  });

  it('refuses malformed per-currency limits, one message per entry', () => {
    let problems: string[] = [];
    try {
      loadConfig({ NODE_ENV: 'development', MICRO_CONTRACT_LIMITS: 'EUR:250000000,ABC:5,GBP:-1,NOK,USD:1.5,EUR:3' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      ...['ABC:5', 'GBP:-1', 'NOK', 'USD:1.5'].map(
        (entry) =>
          `MICRO_CONTRACT_LIMITS entries must be CURRENCY:minorUnits with an ISO 4217 code and a positive integer, e.g. EUR:250000000 (got "${entry}")`,
      ),
      'MICRO_CONTRACT_LIMITS lists EUR twice',
    ]);
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
