import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Says that a SIGTERM was honoured: Fastify has stopped accepting and finished in-flight requests. */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  onApplicationShutdown(signal?: string): void {
    if (signal) new Logger('Api').log(`${signal}: in-flight requests finished, shutting down`);
  }
}
