import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditChainJob, CoreModule, JobRegistry, JobWorker, OutboxRelay } from '@app/core';
import { ContractIssueJob, ContractsModule } from '@app/contracts';
import { AttestationExpiryJob, SovereigntyModule } from '@app/sovereignty';
import { ChallengeCloseJob, SolicitationsModule } from '@app/solicitations';

/** No HTTP: the outbox relay, the job processors and the recurring schedulers. */
@Module({
  imports: [CoreModule, DiscoveryModule, SovereigntyModule, SolicitationsModule, ContractsModule],
  providers: [JobRegistry, JobWorker, OutboxRelay, AuditChainJob, AttestationExpiryJob, ChallengeCloseJob, ContractIssueJob],
})
export class WorkerModule {}
