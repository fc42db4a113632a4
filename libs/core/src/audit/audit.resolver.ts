import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { Roles } from '../auth/roles.decorator';
import { badInput } from '../errors/app-error';
import { AuditChainVerificationModel, AuditEventModel } from './audit.models';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditChainer } from './audit-chainer';
import { AUDIT_ENTITY_TYPES, parseAuditEntityType } from './audit-entity-types';
import { AuditEventEntity } from './audit-event.entity';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chainer: AuditChainer,
    private readonly verifier: AuditChainVerifier,
  ) {}

  /**
   * Sealed bids stay sealed for auditors and admins too (docs/product.md, sealed bids): before its
   * challenge has closed, a submission's events are left out of every read, so the trail of a bid
   * looks exactly like that of a missing one and no one learns that a bid exists. The events are
   * written and chained as always (verifyAuditChain covers them) and appear once the challenge closes.
   */
  @Roles('AUDITOR', 'ADMIN')
  @Query(() => [AuditEventModel], { description: 'Every audit event of one entity, oldest first.' })
  async auditTrail(
    @Args('entityType', { description: `One of ${AUDIT_ENTITY_TYPES.join(', ')} (any letter case).` }) entityType: string,
    @Args('entityId') entityId: string,
  ): Promise<AuditEventModel[]> {
    // An unknown type is a mistake to report, not an empty trail that reads like "nothing happened".
    const type = parseAuditEntityType(entityType);
    if (!type) throw badInput(`Unknown entityType "${entityType}": use one of ${AUDIT_ENTITY_TYPES.join(', ')}`);
    // Link what has committed so far, so every event shown carries its hashes (docs/audit-chain.md).
    await this.chainer.chainPending();
    const events = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.entity_type = :entityType AND e.entity_id = :entityId AND e.chain_pos IS NOT NULL', { entityType: type, entityId })
      // Sealed bids: before close even auditors and admins do not learn that a bid exists (the chain still covers it).
      .andWhere(
        `NOT (e.entity_type = 'Submission' AND EXISTS (
           SELECT 1 FROM submission s JOIN challenge c ON c.id = s.challenge_id
            WHERE s.id::text = e.entity_id AND c.closed_at IS NULL))`,
      )
      .orderBy('e.chain_pos', 'ASC')
      .take(10_000)
      .getMany();
    return events as AuditEventModel[];
  }

  @Roles('AUDITOR', 'ADMIN')
  @Query(() => AuditChainVerificationModel)
  verifyAuditChain(): Promise<AuditChainVerificationModel> {
    return this.verifier.verify();
  }
}
