import type Redis from 'ioredis';

/** What @fastify/rate-limit expects of a store. */
interface RateLimitStore {
  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow?: number): void;
  child(routeOptions: unknown): RateLimitStore;
}

interface Counter {
  window: number;
  /** Requests counted here and not yet added to the shared counter. */
  pending: number;
  /** The shared counter (all instances) as of the last sync, this instance's flushed requests included. */
  shared: number;
  expiresAt: number;
}

/**
 * The per-client request limit without a Redis round trip per request. Windows are fixed and
 * aligned to the clock (minute 12:03 is the same window on every instance); each instance counts
 * locally and adds its counts to the shared Redis counter of the window every `syncMs` (one
 * pipelined INCRBY per active client), reading back what all instances have counted. A request is
 * refused when the shared count plus this instance's unsynced count exceeds the limit.
 *
 * Trade-off (docs/architecture.md, README "How it scales"): the limit keeps its meaning across
 * instances (one budget per client per window, whichever instance serves it) but is enforced with
 * up to `syncMs` of lag: with k instances a client can exceed it by at most what k − 1 other
 * instances admit in one sync interval. When Redis is unreachable each instance still enforces
 * the limit on what it saw itself (the old store skipped the limit entirely on a Redis error).
 */
export function syncedRateLimitStore(redis: Redis, nameSpace: string, syncMs = 100) {
  const counters = new Map<string, Counter>();
  let timer: NodeJS.Timeout | null = null;
  let syncing = false;

  async function sync() {
    if (syncing) return;
    syncing = true;
    const now = Date.now();
    const batch: [string, Counter, number][] = [];
    for (const [key, counter] of counters) {
      if (counter.expiresAt <= now) counters.delete(key);
      else if (counter.pending > 0) batch.push([key, counter, counter.pending]);
    }
    try {
      if (!batch.length) return;
      const pipeline = redis.pipeline();
      for (const [key, counter, pending] of batch) {
        const redisKey = `${nameSpace}${key}:${counter.window}`;
        pipeline.incrby(redisKey, pending).pexpire(redisKey, Math.max(1, counter.expiresAt - now));
      }
      const replies = (await pipeline.exec()) ?? [];
      batch.forEach(([, counter, flushed], i) => {
        const [error, total] = replies[i * 2] ?? [];
        if (error) return; // stays pending: added on the next sync
        counter.pending -= flushed;
        counter.shared = Math.max(counter.shared, Number(total));
      });
    } catch {
      // Redis unreachable: counts stay local and are added when it is back (within the window).
    } finally {
      syncing = false;
    }
  }

  function ensureTimer() {
    if (timer) return;
    timer = setInterval(() => {
      if (!counters.size) {
        clearInterval(timer!);
        timer = null;
        return;
      }
      void sync();
    }, syncMs);
    timer.unref();
  }

  /** Route-specific limits (a route's own `config.rateLimit`) count under their own prefix, as in RedisStore. */
  const storeFor = (prefix: string): RateLimitStore => ({
    incr(clientKey, callback, timeWindow = 60_000) {
      const key = prefix + clientKey;
      const now = Date.now();
      const window = Math.floor(now / timeWindow);
      let counter = counters.get(key);
      if (!counter || counter.window !== window) {
        counter = { window, pending: 0, shared: 0, expiresAt: (window + 1) * timeWindow };
        counters.set(key, counter);
      }
      counter.pending += 1;
      ensureTimer();
      callback(null, { current: counter.shared + counter.pending, ttl: counter.expiresAt - now });
    },
    child: (routeOptions) => {
      const route = (routeOptions as { routeInfo?: { method?: string; url?: string } }).routeInfo;
      return storeFor(`${prefix}${route?.method ?? ''}${route?.url ?? ''}-`);
    },
  });
  const store = storeFor('');
  return Object.assign(
    /** The class @fastify/rate-limit instantiates (`store` option). */
    class {
      constructor() {
        return store;
      }
    } as unknown as new () => RateLimitStore,
    { sync },
  );
}
