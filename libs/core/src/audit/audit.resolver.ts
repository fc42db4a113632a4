import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { Roles } from '../auth/roles.decorator';
import { AuditChainVerificationModel, AuditEventModel } from './audit.models';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditEventEntity } from './audit-event.entity';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: AuditChainVerifier,
  ) {}

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => [AuditEventModel], { description: 'Every audit event of one entity, oldest first.' })
  auditTrail(@Args('entityType') entityType: string, @Args('entityId') entityId: string): Promise<AuditEventModel[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({ where: { entityType, entityId }, order: { seq: 'ASC' }, take: 10_000 });
  }

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => AuditChainVerificationModel)
  verifyAuditChain(): Promise<AuditChainVerificationModel> {
    return this.verifier.verify();
  }
}
