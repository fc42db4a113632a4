import { CoreModule } from '@app/core';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';

import { OutboxOperations } from './commands/outbox-operations';
import { StepRerun } from './commands/step-rerun';

/** The operator CLI's modules: the same core and identity services as the API and the worker, no HTTP, no job processing. */
@Module({
  imports: [CoreModule, IdentityModule],
  providers: [OutboxOperations, StepRerun],
})
export class CliModule {}
