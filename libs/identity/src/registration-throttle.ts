import { APP_CONFIG, AppConfig, AppError, REDIS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Sign-ups per client IP per hour (REGISTRATIONS_PER_IP_PER_HOUR), checked before the argon2
 * hash is paid for, shared by every API instance. INCR is atomic, so concurrent sign-ups cannot
 * all slip under the limit.
 */
@Injectable()
export class RegistrationThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reserve(ip: string): Promise<void> {
    const key = `${this.config.queuePrefix}:register:ip:${ip}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 3600, 'NX').exec()) as [[Error | null, number]];
    if (Number(count) > this.config.registrationsPerIpPerHour)
      throw new AppError('RATE_LIMITED', 'Too many sign-ups from this address; try again later');
  }
}
