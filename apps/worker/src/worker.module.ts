import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditChainJob, CoreModule, JobRegistry, JobWorker, OutboxRelay } from '@app/core';

/** No HTTP: the outbox relay, the job processors and the recurring schedulers. */
@Module({
  imports: [CoreModule, DiscoveryModule],
  providers: [JobRegistry, JobWorker, OutboxRelay, AuditChainJob],
})
export class WorkerModule {}
