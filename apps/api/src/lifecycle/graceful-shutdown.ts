import { APP_CONFIG, AppConfig } from '@app/core';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

import { DrainState } from './drain-state';

/**
 * Graceful drain (docs/architecture.md "Operations"): on SIGTERM or SIGINT, /ready answers 503 at
 * once so the load balancer stops routing here; every response from then on carries
 * `Connection: close`; after DRAIN_DELAY_MS the listener closes, in-flight requests finish, idle
 * keep-alive connections are closed (without waiting out Fastify's 72 s keep-alive timeout), and
 * the process exits. A shutdown that hangs is cut short so an orchestrator never waits forever.
 */
export function installGracefulShutdown(app: NestFastifyApplication, exit: (code: number) => void = process.exit): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const drain = app.get(DrainState);
  const logger = new Logger('Api');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (drain.draining) void reply.header('connection', 'close');
    done(null, payload);
  });

  const shutdown = async (signal: NodeJS.Signals) => {
    if (drain.draining) return;
    drain.draining = true;
    logger.log(`${signal}: draining, /ready answers 503; closing the listener in ${config.ops.drainDelayMs} ms`);
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      exit(1);
    }, config.ops.drainDelayMs + 30_000).unref();
    await new Promise((resolve) => setTimeout(resolve, config.ops.drainDelayMs));
    // Connections that turn idle while closing are closed at once, not after the keep-alive timeout.
    const sweeper = setInterval(() => fastify.server.closeIdleConnections(), 100);
    try {
      await app.close();
      logger.log(`${signal}: in-flight requests finished, shut down`);
      exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`);
      exit(1);
    } finally {
      clearInterval(sweeper);
    }
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}
