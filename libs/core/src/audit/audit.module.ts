import { Module } from '@nestjs/common';

import { AuditWriter } from './audit.writer';
import { AuditChainVerifier } from './audit-chain.verifier';

@Module({
  providers: [AuditWriter, AuditChainVerifier],
  exports: [AuditWriter, AuditChainVerifier],
})
export class AuditModule {}
