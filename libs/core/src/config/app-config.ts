/**
 * Every setting the API and the worker read, validated once at boot.
 * Names are fixed: operators and scripts rely on them (see .env.example).
 */
export type NodeEnv = 'production' | 'development' | 'test';

export const CLASSIFICATIONS = [
  'PUBLIC',
  'NATO_UNCLASSIFIED',
  'NATO_RESTRICTED',
  'NATO_CONFIDENTIAL',
  'NATO_SECRET',
  'COSMIC_TOP_SECRET',
] as const;
export type ClassificationName = (typeof CLASSIFICATIONS)[number];

export interface AppConfig {
  nodeEnv: NodeEnv;
  databaseUrl: string;
  redisUrl: string;
  port: number;
  /** Interface the API binds: 127.0.0.1 outside production (the demo ships published passwords). */
  host: string;
  /** Echoed by /health so a caller knows which process answered (the demo checks it is its own). */
  instanceId: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminEmail: string;
  adminPassword: string;
  queuePrefix: string;
  minSubmissionWindowSeconds: number;
  maxClassification: ClassificationName;
  /** Ceiling of a follow-on contract in currencies MICRO_CONTRACT_LIMITS does not list (minor units). */
  microContractLimitMinor: number;
  /** Per-currency ceilings of a follow-on contract (MICRO_CONTRACT_LIMITS), in that currency's minor units. */
  microContractLimits: Readonly<Record<string, number>>;
  ocidPrefix: string;
  /** Free failed logins per (email, client IP) before that pair's exponential backoff starts. */
  loginMaxFailuresPerEmail: number;
  /** Failed logins per email across all IPs within LOGIN_WINDOW_SECONDS before every login to it waits (a reset lifts it). */
  loginEmailFailureCeiling: number;
  /** Longest backoff of one (email, IP) pair. */
  loginBackoffMaxSeconds: number;
  /** registerVendor calls per client IP per hour. */
  registrationsPerIpPerHour: number;
  /**
   * Which proxies' X-Forwarded-For to believe when deciding a client's IP (throttles, rate limits):
   * false = none (the socket's address), a hop count, or a list of proxy addresses/CIDRs.
   */
  trustProxy: false | number | string[];
  /** The API's public origin (e.g. https://api.example.eu): OCDS package URIs, HSTS. Null = derive from the listener. */
  publicBaseUrl: string | null;
  /** A submission or questions deadline may lie at most this many days ahead. */
  maxDeadlineHorizonDays: number;
  /** Login attempts allowed per client IP within 60 seconds. */
  loginMaxAttemptsPerIp: number;
  loginWindowSeconds: number;
  /** General requests allowed per client IP per minute: stops abuse, not a busy client. */
  requestsPerMinute: number;
  /** GraphQL limits, enforced before execution. */
  maxQueryDepth: number;
  maxAliases: number;
  maxQueryCost: number;
  maxPageSize: number;
  bodyLimitBytes: number;
  /** BullMQ job lock: a job whose worker died is retried once this lapses (stalled-job check). */
  jobLockMs: number;
  /** graphql-jit: compile a query after this many runs (0 = never). See bench/RESULTS.md. */
  graphqlJit: number;
  /** An evaluator who has not accepted an assignment within this many hours loses it to the pool (the worker's sweep). */
  assignmentAcceptHours: number;
  logLevel: string;
  /** Notifications (docs/product.md, "Notifications"): the email channel and the daily digest. */
  notifications: NotificationsConfig;
  /** Operations (docs/architecture.md): fault recovery, drain and metrics. */
  ops: OpsConfig;
}

export interface NotificationsConfig {
  /** SMTP server for notification email (smtp:// or smtps://); null = the email channel is off. */
  smtpUrl: string | null;
  /** The From address of notification email. */
  mailFrom: string;
  /** Hour of the day (UTC, database clock) from which each user's daily digest is sent. */
  digestHourUtc: number;
}

export interface OpsConfig {
  /** BullMQ retry backoff base (exponential); a job gets defaultJobOptions().attempts tries. */
  jobBackoffMs: number;
  /** How often the relay re-checks published, unprocessed outbox rows whose job failed or vanished. */
  outboxRecoverMs: number;
  /** Times the relay re-sends an outbox row whose job ended failed, before it gives up and alerts. */
  outboxMaxRedeliveries: number;
  /** How often the worker re-ensures its recurring job schedulers (also done on every Redis reconnect). */
  schedulerCheckMs: number;
  /** After SIGTERM the API answers /ready 503 at once and closes its listener this much later. */
  drainDelayMs: number;
  /** The worker's metrics/health listener port; 0 = none. */
  workerMetricsPort: number;
  /** Interface the worker's metrics listener binds (loopback by default: private). */
  workerMetricsHost: string;
  /** Bearer token required by /metrics (API and worker); empty = loopback clients only. */
  metricsToken: string;
}

/**
 * The micro-contract limit for a currency: its own entry in MICRO_CONTRACT_LIMITS, else the
 * MICRO_CONTRACT_LIMIT_MINOR default. Amounts in different currencies are never compared, so each
 * currency has its ceiling in its own minor units.
 */
export const microContractLimitFor = (
  config: Pick<AppConfig, 'microContractLimitMinor' | 'microContractLimits'>,
  currency: string,
): number => config.microContractLimits[currency] ?? config.microContractLimitMinor;
