import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditChainJob, CoreModule, JobRegistry, JobWorker, OutboxRelay } from '@app/core';
import { ContractIssueJob, ContractsModule } from '@app/contracts';
import { EvaluationJobs, EvaluationModule } from '@app/evaluation';
import { AttestationExpiryJob, SovereigntyModule } from '@app/sovereignty';
import { ChallengeCloseJob, SolicitationsModule } from '@app/solicitations';

/** No HTTP: the outbox relay, the job processors and the recurring schedulers. */
@Module({
  imports: [CoreModule, DiscoveryModule, SovereigntyModule, SolicitationsModule, ContractsModule, EvaluationModule],
  providers: [JobRegistry, JobWorker, OutboxRelay, AuditChainJob, AttestationExpiryJob, ChallengeCloseJob, ContractIssueJob, EvaluationJobs],
})
export class WorkerModule {}
