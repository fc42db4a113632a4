import { ContractsApiModule } from '@app/contracts/api';
import { ActorResolver, APP_CONFIG, AppConfig, CoreModule, MetricsRegistry } from '@app/core';
import { AuditResolver, inputValidationPipe, RolesGuard } from '@app/core/api';
import { DocumentsApiModule } from '@app/documents/api';
import { EvaluationApiModule } from '@app/evaluation/api';
import { IdentityApiModule } from '@app/identity/api';
import { MetricsModule } from '@app/metrics';
import { NotificationsApiModule } from '@app/notifications/api';
import { WebhooksApiModule } from '@app/notifications/webhooks/api';
import { OpenDataModule } from '@app/open-data';
import { SolicitationsApiModule } from '@app/solicitations/api';
import { SovereigntyApiModule } from '@app/sovereignty/api';
import { SubmissionsApiModule } from '@app/submissions/api';
import { Module } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';

import { ExplorerController } from './explorer/explorer.controller';
import { FaviconController } from './favicon/favicon.controller';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health/health.controller';
import { DrainState } from './lifecycle/drain-state';
import { ApiMetrics } from './observability/api-metrics';
import { MetricsController } from './observability/metrics.controller';

const gqlLogger = new Logger('GraphQL');
/** Used only for errors Mercurius raises outside a request; request errors go to the request's logger. */
const fallbackLog = {
  info: (_: object, msg: string) => gqlLogger.log(msg),
  error: (obj: { err?: unknown }, msg: string) => gqlLogger.error(`${msg}: ${(obj.err as Error)?.stack ?? obj.err}`),
};

@Module({
  imports: [
    CoreModule,
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, ActorResolver, MetricsRegistry],
      useFactory: (config: AppConfig, actors: ActorResolver, metrics: MetricsRegistry) =>
        graphqlOptions(config, actors, fallbackLog, (code, status) => ApiMetrics.of(metrics).errorCode(code, status)),
    }),
    IdentityApiModule,
    SovereigntyApiModule,
    SolicitationsApiModule,
    SubmissionsApiModule,
    EvaluationApiModule,
    ContractsApiModule,
    OpenDataModule,
    MetricsModule,
    DocumentsApiModule,
    WebhooksApiModule,
    NotificationsApiModule,
  ],
  controllers: [HealthController, ExplorerController, FaviconController, MetricsController],
  providers: [
    DrainState,
    AuditResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_PIPE, useValue: inputValidationPipe },
  ],
})
export class AppModule {}
