import { ContractsApiModule } from '@app/contracts';
import {
  ActorResolver,
  APP_CONFIG,
  AppConfig,
  AuditResolver,
  CoreModule,
  inputValidationPipe,
  MetricsRegistry,
  RolesGuard,
} from '@app/core';
import { EvaluationApiModule } from '@app/evaluation';
import { IdentityApiModule } from '@app/identity';
import { MetricsModule } from '@app/metrics';
import { OpenDataModule } from '@app/open-data';
import { SolicitationsApiModule } from '@app/solicitations';
import { SovereigntyApiModule } from '@app/sovereignty';
import { SubmissionsApiModule } from '@app/submissions';
import { Module } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';

import { ExplorerController } from './explorer/explorer.controller';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health/health.controller';
import { DrainState } from './lifecycle/drain-state';
import { ApiMetrics } from './observability/api-metrics';
import { MetricsController } from './observability/metrics.controller';

const gqlLogger = new Logger('GraphQL');

@Module({
  imports: [
    CoreModule,
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, ActorResolver, MetricsRegistry],
      useFactory: (config: AppConfig, actors: ActorResolver, metrics: MetricsRegistry) =>
        graphqlOptions(
          config,
          actors,
          (err, msg) => gqlLogger.error(`${msg}: ${(err as Error)?.stack ?? err}`),
          (code) => ApiMetrics.of(metrics).errorCode(code),
        ),
    }),
    IdentityApiModule,
    SovereigntyApiModule,
    SolicitationsApiModule,
    SubmissionsApiModule,
    EvaluationApiModule,
    ContractsApiModule,
    OpenDataModule,
    MetricsModule,
  ],
  controllers: [HealthController, ExplorerController, MetricsController],
  providers: [
    DrainState,
    AuditResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_PIPE, useValue: inputValidationPipe },
  ],
})
export class AppModule {}
