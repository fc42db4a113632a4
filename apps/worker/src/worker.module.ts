import { ContractIssueJob, ContractsModule } from '@app/contracts';
import { AuditChainBackground, AuditChainJob, CoreModule, JobRegistry, JobWorker, OutboxRelay } from '@app/core';
import { EvaluationJobs, EvaluationModule } from '@app/evaluation';
import { ChallengeCloseJob, SolicitationsModule } from '@app/solicitations';
import { AttestationExpiryJob, SovereigntyModule } from '@app/sovereignty';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

/** No HTTP: the outbox relay, the job processors and the recurring schedulers. */
@Module({
  imports: [CoreModule, DiscoveryModule, SovereigntyModule, SolicitationsModule, ContractsModule, EvaluationModule],
  providers: [
    AuditChainBackground,
    JobRegistry,
    JobWorker,
    OutboxRelay,
    AuditChainJob,
    AttestationExpiryJob,
    ChallengeCloseJob,
    ContractIssueJob,
    EvaluationJobs,
  ],
})
export class WorkerModule {}
