import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { createWorker } from './bootstrap';

const logger = new Logger('Worker');

// A stray rejection (a connection dropped mid-call during a PostgreSQL or Redis blip) is logged,
// not fatal: every job is idempotent and re-derived by the sweepers, so staying up is the safe
// choice; a supervisor restarts the process only for what it cannot survive (README "Operations").
process.on('unhandledRejection', (reason) =>
  logger.error(`unhandled rejection (worker keeps running): ${reason instanceof Error ? reason.stack : String(reason)}`),
);

// SIGTERM: /ready turns 503, the BullMQ worker closes (in-flight jobs finish), then the relay and the connections.
createWorker()
  .then(() => logger.log('worker started: outbox relay, job processors and schedulers running'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
