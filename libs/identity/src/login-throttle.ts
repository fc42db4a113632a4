import { APP_CONFIG, AppConfig, AppError, REDIS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Strict login limits kept in Redis so every API instance shares them: failed logins per email
 * (guessing one account's password) and attempts per client IP (spraying many accounts).
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string) {
    const prefix = `${this.config.queuePrefix}:login`;
    return { email: `${prefix}:email:${email}`, ip: `${prefix}:ip:${ip}` };
  }

  /** Counts this attempt against the IP and refuses when either limit is already reached. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const [[, ipCount], , [, failures]] = (await this.redis.multi().incr(keys.ip).expire(keys.ip, 60, 'NX').get(keys.email).exec()) as [
      Error | null,
      unknown,
    ][];
    if (Number(ipCount) > this.config.loginMaxAttemptsPerIp || Number(failures ?? 0) >= this.config.loginMaxFailuresPerEmail) {
      throw new AppError('RATE_LIMITED', 'Too many login attempts; try again later');
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const { email: key } = this.keys(email, ip);
    await this.redis.multi().incr(key).expire(key, this.config.loginWindowSeconds, 'NX').exec();
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).email);
  }
}
