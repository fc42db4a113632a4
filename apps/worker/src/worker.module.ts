import { ContractIssueJob, ContractsModule } from '@app/contracts';
import { AuditChainBackground, AuditChainJob, CoreModule, JobRegistry, JobWorker, OutboxRelay } from '@app/core';
import { DocumentsModule, DocumentSweepJob } from '@app/documents';
import { EvaluationJobs, EvaluationModule } from '@app/evaluation';
import { NotificationsModule } from '@app/notifications';
import { WebhookDeliverJob, WebhooksModule } from '@app/notifications/webhooks';
import { ChallengeCloseJob, SolicitationsModule } from '@app/solicitations';
import { AttestationExpiryJob, SovereigntyModule } from '@app/sovereignty';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { WorkerHttpServer } from './observability/worker-http.server';
import { WorkerMetrics } from './observability/worker-metrics';

/** The outbox relay, the job processors, the recurring schedulers and a small metrics/health listener. */
@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
    SovereigntyModule,
    SolicitationsModule,
    ContractsModule,
    EvaluationModule,
    DocumentsModule,
    WebhooksModule,
    NotificationsModule,
  ],
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
    DocumentSweepJob,
    WebhookDeliverJob,
    WorkerMetrics,
    WorkerHttpServer,
  ],
})
export class WorkerModule {}
