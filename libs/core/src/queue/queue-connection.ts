import { ConnectionOptions, DefaultJobOptions } from 'bullmq';

/** BullMQ connection from REDIS_URL. Workers need maxRetriesPerRequest: null (blocking commands). */
export function bullConnection(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Retries with exponential backoff (JOB_BACKOFF_MS base); completed jobs age out, failed ones are
 * kept for inspection on the queue board (the relay re-sends them a bounded number of times).
 */
export function defaultJobOptions(backoffMs = 1000): DefaultJobOptions {
  return {
    attempts: 6,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: false,
  };
}
