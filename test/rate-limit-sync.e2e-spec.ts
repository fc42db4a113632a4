import { randomBytes } from 'crypto';
import Redis from 'ioredis';

import { syncedRateLimitStore } from '../apps/api/src/rate-limit/synced-rate-limit-store';

/**
 * The request limit counted locally and shared through Redis: two instances share one budget per
 * client and window (within one sync of lag), and no request waits for Redis.
 */
describe('synced rate limit (e2e)', () => {
  const WINDOW = 60_000;
  let redis: Redis;
  const nameSpace = `sgtest-rl-${randomBytes(4).toString('hex')}:`;
  const incr = (Store: new () => { incr: (...args: any[]) => void }, key: string) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      new Store().incr(
        key,
        (error: Error | null, result?: { current: number; ttl: number }) => (error ? reject(error) : resolve(result!)),
        WINDOW,
      ),
    );

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    const keys = await redis.keys(`${nameSpace}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('gives two instances one budget per client and window', async () => {
    const a = syncedRateLimitStore(redis, nameSpace, 60_000); // syncs only when told, for a deterministic test
    const b = syncedRateLimitStore(redis, nameSpace, 60_000);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) seen.push((await incr(a, 'client-1')).current);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    await a.sync();
    expect((await incr(b, 'client-1')).current).toBe(1); // b has not synced yet: the documented lag
    await b.sync();
    expect((await incr(b, 'client-1')).current).toBe(8); // 6 from a + 2 from b
    expect((await incr(b, 'client-2')).current).toBe(1); // another client has its own budget
    await b.sync();
    expect((await incr(a, 'client-1')).current).toBe(7); // a's view is as of its last sync …
    await a.sync();
    const result = await incr(a, 'client-1');
    expect(result.current).toBe(10); // … and catches up on the next one: 10 requests in all
    expect(result.ttl).toBeGreaterThan(0);
    expect(result.ttl).toBeLessThanOrEqual(WINDOW);
    await a.sync();
    const [key] = await redis.keys(`${nameSpace}client-1:*`);
    expect(Number(await redis.get(key))).toBe(10);
    expect(await redis.pttl(key)).toBeGreaterThan(0);
  });

  it('keeps counting locally when Redis is unreachable', async () => {
    const down = new Redis({ port: 1, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    try {
      const store = syncedRateLimitStore(down, nameSpace, 60_000);
      expect((await incr(store, 'client-3')).current).toBe(1);
      await store.sync();
      expect((await incr(store, 'client-3')).current).toBe(2);
    } finally {
      down.disconnect();
    }
  });
});
