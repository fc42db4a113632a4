import { Module } from '@nestjs/common';

import { AuditWriter } from './audit.writer';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditChainer } from './audit-chainer';

@Module({
  providers: [AuditWriter, AuditChainer, AuditChainVerifier],
  exports: [AuditWriter, AuditChainer, AuditChainVerifier],
})
export class AuditModule {}
