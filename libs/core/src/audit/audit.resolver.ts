import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull, Not } from 'typeorm';

import { Roles } from '../auth/roles.decorator';
import { AuditChainVerificationModel, AuditEventModel } from './audit.models';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditChainer } from './audit-chainer';
import { AuditEventEntity } from './audit-event.entity';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chainer: AuditChainer,
    private readonly verifier: AuditChainVerifier,
  ) {}

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => [AuditEventModel], { description: 'Every audit event of one entity, oldest first.' })
  async auditTrail(@Args('entityType') entityType: string, @Args('entityId') entityId: string): Promise<AuditEventModel[]> {
    // Link what has committed so far, so every event shown carries its hashes (docs/audit-chain.md).
    await this.chainer.chainPending();
    const events = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { entityType, entityId, chainPos: Not(IsNull()) },
      order: { chainPos: 'ASC' },
      take: 10_000,
    });
    return events as AuditEventModel[];
  }

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => AuditChainVerificationModel)
  verifyAuditChain(): Promise<AuditChainVerificationModel> {
    return this.verifier.verify();
  }
}
