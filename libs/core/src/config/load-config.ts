import { AppConfig, ClassificationName, CLASSIFICATIONS, NodeEnv } from './app-config';

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

/** Thrown with one line per bad or missing value, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Reads and validates the environment. Production (the default when NODE_ENV is unset) has no
 * defaults for secrets; development and test fall back to local services and a dev secret.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV ?? 'production') as NodeEnv;
  if (!['production', 'development', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be production, development or test (got "${env.NODE_ENV}")`);
  }
  const prod = nodeEnv === 'production';

  const str = (name: string, fallback?: string): string => {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined && !prod) return fallback;
    problems.push(`${name} is required${prod ? ' in production' : ''}`);
    return '';
  };
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
  const url = (name: string, protocols: string[], fallback: string): string => {
    const value = str(name, fallback);
    if (!value) return value;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error();
    } catch {
      problems.push(`${name} must be a ${protocols.join(' or ')}// URL (got "${value}")`);
    }
    return value;
  };

  const jwtSecret = str('JWT_SECRET', DEV_JWT_SECRET);
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  const adminEmail = str('ADMIN_EMAIL', 'admin@sprintgate.local');
  if (adminEmail && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) problems.push(`ADMIN_EMAIL is not an email address (got "${adminEmail}")`);
  const adminPassword = str('ADMIN_PASSWORD', 'admin-demo-password');
  if (adminPassword && adminPassword.length < 12) problems.push('ADMIN_PASSWORD must be at least 12 characters');

  const maxClassification = (env.MAX_CLASSIFICATION || 'NATO_RESTRICTED') as ClassificationName;
  if (!CLASSIFICATIONS.includes(maxClassification)) {
    problems.push(`MAX_CLASSIFICATION must be one of ${CLASSIFICATIONS.join(', ')} (got "${env.MAX_CLASSIFICATION}")`);
  }
  const queuePrefix = env.QUEUE_PREFIX || 'sprintgate';
  if (!/^[A-Za-z0-9_.-]+$/.test(queuePrefix)) problems.push(`QUEUE_PREFIX may hold letters, digits, _ . - only (got "${queuePrefix}")`);

  const config: AppConfig = {
    nodeEnv,
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/sprintgate'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    port: int('PORT', 3000, 1, 65535),
    jwtSecret,
    jwtTtlSeconds: int('JWT_TTL_SECONDS', 3600, 60, 30 * 86400),
    adminEmail: adminEmail.toLowerCase(),
    adminPassword,
    queuePrefix,
    minSubmissionWindowSeconds: int('MIN_SUBMISSION_WINDOW_SECONDS', 86400, 0),
    maxClassification,
    microContractLimitMinor: int('MICRO_CONTRACT_LIMIT_MINOR', 250_000_000, 1),
    ocidPrefix: env.OCID_PREFIX || 'ocds-sgate01',
    loginMaxFailuresPerEmail: int('LOGIN_MAX_FAILURES_PER_EMAIL', 5, 1),
    loginMaxAttemptsPerIp: int('LOGIN_MAX_ATTEMPTS_PER_IP', 60, 1),
    loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 900, 1),
    requestsPerMinute: int('REQUESTS_PER_MINUTE', 6000, 1),
    maxQueryDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 1, 1000),
    maxQueryCost: int('GRAPHQL_MAX_COST', 5000, 10),
    maxPageSize: int('GRAPHQL_MAX_PAGE_SIZE', 100, 1, 1000),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1_048_576, 1024),
    jobLockMs: int('JOB_LOCK_MS', 30_000, 1000, 600_000),
    graphqlJit: int('GRAPHQL_JIT', 1, 0, 1000),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    ops: {
      jobBackoffMs: int('JOB_BACKOFF_MS', 1000, 1, 600_000),
      outboxRecoverMs: int('OUTBOX_RECOVER_MS', 10_000, 200, 3_600_000),
      outboxMaxRedeliveries: int('OUTBOX_MAX_REDELIVERIES', 5, 0, 1000),
      schedulerCheckMs: int('SCHEDULER_CHECK_MS', 30_000, 200, 3_600_000),
      drainDelayMs: int('DRAIN_DELAY_MS', 5000, 0, 120_000),
      workerMetricsPort: int('WORKER_METRICS_PORT', 0, 0, 65535),
      workerMetricsHost: env.WORKER_METRICS_HOST || '127.0.0.1',
      metricsToken: env.METRICS_TOKEN ?? '',
    },
  };
  if (config.ops.metricsToken && config.ops.metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
