import { randomUUID } from 'crypto';

import { isIso4217Currency } from '../money/currency';
import { AppConfig, ClassificationName, CLASSIFICATIONS, NodeEnv } from './app-config';

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
/** One per process unless INSTANCE_ID names it, so every loadConfig() call agrees. */
const PROCESS_INSTANCE_ID = randomUUID();

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
  const microContractLimits = perCurrencyLimits('MICRO_CONTRACT_LIMITS', env.MICRO_CONTRACT_LIMITS, problems);
  // A server in production must be reachable (containers, load balancers); anything else is a
  // developer's machine, where a demo with published passwords must not be open to the network.
  const host = env.HOST || (prod ? '0.0.0.0' : '127.0.0.1');
  if (!/^[A-Za-z0-9.:_-]+$/.test(host)) problems.push(`HOST must be an IP address or a host name (got "${host}")`);
  const instanceId = env.INSTANCE_ID || PROCESS_INSTANCE_ID;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(instanceId))
    problems.push(`INSTANCE_ID may hold 1 to 64 letters, digits, _ . - (got "${instanceId}")`);
  const queuePrefix = env.QUEUE_PREFIX || 'sprintgate';
  if (!/^[A-Za-z0-9_.-]+$/.test(queuePrefix)) problems.push(`QUEUE_PREFIX may hold letters, digits, _ . - only (got "${queuePrefix}")`);

  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const publicBaseUrl = env.PUBLIC_BASE_URL ? url('PUBLIC_BASE_URL', ['http:', 'https:'], '').replace(/\/+$/, '') : null;

  const config: AppConfig = {
    nodeEnv,
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/sprintgate'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    port: int('PORT', 3000, 1, 65535),
    host,
    instanceId,
    jwtSecret,
    jwtTtlSeconds: int('JWT_TTL_SECONDS', 3600, 60, 30 * 86400),
    adminEmail: adminEmail.toLowerCase(),
    adminPassword,
    queuePrefix,
    minSubmissionWindowSeconds: int('MIN_SUBMISSION_WINDOW_SECONDS', 86400, 0),
    maxClassification,
    microContractLimitMinor: int('MICRO_CONTRACT_LIMIT_MINOR', 250_000_000, 1),
    microContractLimits,
    ocidPrefix: env.OCID_PREFIX || 'ocds-sgate01',
    loginMaxFailuresPerEmail: int('LOGIN_MAX_FAILURES_PER_EMAIL', 5, 1),
    loginEmailFailureCeiling: int('LOGIN_EMAIL_FAILURE_CEILING', 100, 1),
    loginBackoffMaxSeconds: int('LOGIN_BACKOFF_MAX_SECONDS', 900, 1, 86_400),
    registrationsPerIpPerHour: int('REGISTRATIONS_PER_IP_PER_HOUR', 10, 1),
    trustProxy,
    publicBaseUrl,
    maxDeadlineHorizonDays: int('MAX_DEADLINE_HORIZON_DAYS', 730, 1, 36_500),
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
    assignmentAcceptHours: int('ASSIGNMENT_ACCEPT_HOURS', 48, 1, 24 * 90),
    notifications: {
      smtpUrl: env.SMTP_URL ? url('SMTP_URL', ['smtp:', 'smtps:'], '') : null,
      mailFrom: env.MAIL_FROM || 'Sprintgate <no-reply@sprintgate.local>',
      digestHourUtc: int('DIGEST_HOUR_UTC', 7, 0, 23),
    },
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

/**
 * `EUR:250000000,GBP:200000000`: an ISO 4217 code and a positive integer of minor units per entry,
 * each code at most once. Empty or unset: no per-currency entries.
 */
function perCurrencyLimits(name: string, raw: string | undefined, problems: string[]): Record<string, number> {
  const limits: Record<string, number> = {};
  if (!raw?.trim()) return limits;
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const [currency, amount, ...rest] = entry.split(':').map((p) => p.trim());
    const value = Number(amount);
    if (rest.length || !isIso4217Currency(currency) || !/^\d+$/.test(amount ?? '') || !Number.isSafeInteger(value) || value < 1) {
      problems.push(
        `${name} entries must be CURRENCY:minorUnits with an ISO 4217 code and a positive integer, e.g. EUR:250000000 (got "${entry}")`,
      );
    } else if (currency in limits) {
      problems.push(`${name} lists ${currency} twice`);
    } else {
      limits[currency] = value;
    }
  }
  return limits;
}

const IPV4_CIDR = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
const IPV6_CIDR = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

/**
 * TRUST_PROXY: unset/empty/"false" = trust no proxy (X-Forwarded-For is ignored, so a client
 * cannot choose its IP); a number = that many proxy hops in front of the API; otherwise a comma
 * list of proxy addresses or CIDRs. "true" (trust anything) is refused on purpose.
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): false | number | string[] {
  const value = raw?.trim() ?? '';
  if (!value || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) problems.push(`TRUST_PROXY hop count must be 0 to 10 (got "${value}")`);
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !IPV4_CIDR.test(e) && !(e.includes(':') && IPV6_CIDR.test(e)));
  if (bad.length)
    problems.push(`TRUST_PROXY must be empty, a hop count or a comma list of proxy IPs/CIDRs (not ${bad.map((b) => `"${b}"`).join(', ')})`);
  return entries;
}
