import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUE_NAME } from './job-map';
import { bullConnection, defaultJobOptions } from './queue-connection';

export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** The platform's one job queue, under QUEUE_PREFIX (tests give each suite its own prefix). */
@Global()
@Module({
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const queue = new Queue(QUEUE_NAME, {
          connection: bullConnection(config.redisUrl),
          prefix: config.queuePrefix,
          defaultJobOptions: defaultJobOptions(config.ops.jobBackoffMs),
        });
        // An EventEmitter 'error' with no listener kills the process: a Redis blip must not.
        const logger = new Logger('JobQueue');
        queue.on('error', (error) => logger.warn(`queue connection: ${error.message}`));
        return queue;
      },
    },
  ],
  exports: [JOB_QUEUE],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(JOB_QUEUE) private readonly queue: Queue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
