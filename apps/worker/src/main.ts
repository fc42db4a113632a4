import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { createWorker } from './bootstrap';

// SIGTERM closes the BullMQ worker (in-flight jobs finish), the relay and the connections.
createWorker()
  .then(() => new Logger('Worker').log('worker started: outbox relay, job processors and schedulers running'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
