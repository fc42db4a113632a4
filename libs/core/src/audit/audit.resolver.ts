import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { Roles } from '../auth/roles.decorator';
import { badInput } from '../errors/app-error';
import { AuditChainVerificationModel, AuditEventModel } from './audit.models';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AUDIT_ENTITY_TYPES, parseAuditEntityType } from './audit-entity-types';
import { AuditEventEntity } from './audit-event.entity';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: AuditChainVerifier,
  ) {}

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => [AuditEventModel], { description: 'Every audit event of one entity, oldest first.' })
  auditTrail(
    @Args('entityType', { description: `One of ${AUDIT_ENTITY_TYPES.join(', ')} (any letter case).` }) entityType: string,
    @Args('entityId') entityId: string,
  ): Promise<AuditEventModel[]> {
    // An unknown type is a mistake to report, not an empty trail that reads like "nothing happened".
    const type = parseAuditEntityType(entityType);
    if (!type) throw badInput(`Unknown entityType "${entityType}": use one of ${AUDIT_ENTITY_TYPES.join(', ')}`);
    return this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { entityType: type, entityId }, order: { seq: 'ASC' }, take: 10_000 });
  }

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => AuditChainVerificationModel)
  verifyAuditChain(): Promise<AuditChainVerificationModel> {
    return this.verifier.verify();
  }
}
