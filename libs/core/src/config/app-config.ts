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
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminEmail: string;
  adminPassword: string;
  queuePrefix: string;
  minSubmissionWindowSeconds: number;
  maxClassification: ClassificationName;
  microContractLimitMinor: number;
  ocidPrefix: string;
  /** Failed logins allowed per email within LOGIN_WINDOW_SECONDS. */
  loginMaxFailuresPerEmail: number;
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
  logLevel: string;
  /** Operations (docs/architecture.md): fault recovery, drain and metrics. */
  ops: OpsConfig;
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
