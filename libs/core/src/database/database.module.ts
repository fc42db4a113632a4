import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { ClockService } from '../clock/clock.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxWriter } from '../outbox/outbox.writer';
import { dataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl, { logging: false }),
    }),
    AuditModule,
  ],
  providers: [TransactionRunner, ClockService, OutboxWriter],
  exports: [TransactionRunner, ClockService, OutboxWriter],
})
export class DatabaseModule {}
