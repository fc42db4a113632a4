import { Module } from '@nestjs/common';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditWriter } from './audit.writer';

@Module({
  providers: [AuditWriter, AuditChainVerifier],
  exports: [AuditWriter, AuditChainVerifier],
})
export class AuditModule {}
