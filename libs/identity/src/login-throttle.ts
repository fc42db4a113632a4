import { APP_CONFIG, AppConfig, AppError, REDIS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Reserves one password attempt, atomically (one Lua script, so 25 concurrent guesses cannot all
 * pass a check made before any of them is counted). Refuses when:
 * - the client IP made more than `ipMax` attempts this minute (spraying many accounts);
 * - the email reached its failure ceiling across all IPs within the window (distributed guessing);
 * - this (email, IP) pair used its free failures and is in backoff: after n failures the next try
 *   waits 30 s × 2^(n - free) (capped) after the last one. The backoff is per pair, so someone
 *   guessing an admin's password from one address does not lock the admin out from another.
 * A reserved attempt counts as a failure until `release` says the password was right.
 * Returns [1, 'ok'] or [0, reason].
 */
const RESERVE = `
local ipCount = redis.call('INCR', KEYS[1])
if ipCount == 1 then redis.call('EXPIRE', KEYS[1], 60) end
if ipCount > tonumber(ARGV[1]) then return {0, 'ip'} end
if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[3]) then return {0, 'email'} end
local now = tonumber(redis.call('TIME')[1])
local n = tonumber(redis.call('HGET', KEYS[3], ARGV[6] .. ':n') or '0')
local free = tonumber(ARGV[2])
if n >= free then
  local last = tonumber(redis.call('HGET', KEYS[3], ARGV[6] .. ':t') or '0')
  if now < last + math.min(30 * 2 ^ (n - free), tonumber(ARGV[5])) then return {0, 'backoff'} end
end
redis.call('HINCRBY', KEYS[3], ARGV[6] .. ':n', 1)
redis.call('HSET', KEYS[3], ARGV[6] .. ':t', now)
redis.call('EXPIRE', KEYS[3], math.max(tonumber(ARGV[4]), tonumber(ARGV[5])))
redis.call('INCR', KEYS[2])
if redis.call('TTL', KEYS[2]) < 0 then redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4])) end
return {1, 'ok'}
`;

/** The password was right: the reservation was no failure, and this pair starts afresh. */
const RELEASE = `
redis.call('HDEL', KEYS[2], ARGV[1] .. ':n', ARGV[1] .. ':t')
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 1
`;

/**
 * Login limits kept in Redis so every API instance shares them (settings LOGIN_*: README
 * "Configuration"). Also guards changePassword's check of the current password.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string) {
    const prefix = `${this.config.queuePrefix}:login`;
    return { ip: `${prefix}:ip:${ip}`, email: `${prefix}:email:${email}`, pairs: `${prefix}:pairs:${email}` };
  }

  /** Counts this attempt as a failure in advance; refuses with RATE_LIMITED when a limit is reached. */
  async reserveAttempt(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const c = this.config;
    const [allowed] = (await this.redis.eval(
      RESERVE,
      3,
      keys.ip,
      keys.email,
      keys.pairs,
      c.loginMaxAttemptsPerIp,
      c.loginMaxFailuresPerEmail,
      c.loginEmailFailureCeiling,
      c.loginWindowSeconds,
      c.loginBackoffMaxSeconds,
      ip,
    )) as [number, string];
    if (allowed !== 1) throw new AppError('RATE_LIMITED', 'Too many login attempts; try again later');
  }

  async release(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.redis.eval(RELEASE, 2, keys.email, keys.pairs, ip);
  }

  /** A password reset lifts every lock on the account: the owner proved control another way. */
  async lift(email: string): Promise<void> {
    const keys = this.keys(email, '');
    await this.redis.del(keys.email, keys.pairs);
  }
}
