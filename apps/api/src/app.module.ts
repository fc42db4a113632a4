import { ContractsApiModule } from '@app/contracts';
import { ActorResolver, APP_CONFIG, AppConfig, AuditResolver, CoreModule, inputValidationPipe, RolesGuard } from '@app/core';
import { DocumentsApiModule } from '@app/documents/api';
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
import { ShutdownLogger } from './shutdown-logger';

const gqlLogger = new Logger('GraphQL');

@Module({
  imports: [
    CoreModule,
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, ActorResolver],
      useFactory: (config: AppConfig, actors: ActorResolver) =>
        graphqlOptions(config, actors, (err, msg) => gqlLogger.error(`${msg}: ${(err as Error)?.stack ?? err}`)),
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
  ],
  controllers: [HealthController, ExplorerController],
  providers: [
    ShutdownLogger,
    AuditResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_PIPE, useValue: inputValidationPipe },
  ],
})
export class AppModule {}
