import { Actor, isUuid, notFound } from '@app/core';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { ContractsPolicy } from './contracts.policy';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

/** Reads of contracts under ContractsPolicy, and the batch reads behind the loaders. */
@Injectable()
export class ContractQueryService {
  constructor(private readonly dataSource: DataSource) {}

  private get contracts() {
    return this.dataSource.getRepository(MicroContractEntity);
  }

  async findVisible(actor: Actor, id: string): Promise<MicroContractEntity> {
    const contract = isUuid(id) ? await this.contracts.findOneBy({ id }) : null;
    if (!contract || !ContractsPolicy.canView(actor, contract)) throw notFound('Contract');
    return contract;
  }

  /** Every contract the actor may see, newest first. */
  listVisible(actor: Actor): Promise<MicroContractEntity[]> {
    const scope = ContractsPolicy.scope(actor);
    const order = { issuedAt: 'DESC', id: 'DESC' } as const;
    if ('all' in scope) return this.contracts.find({ order });
    const where = [
      ...(scope.vendorOrganisationId ? [{ vendorOrganisationId: scope.vendorOrganisationId }] : []),
      ...(scope.buyerOrganisationId ? [{ buyerOrganisationId: scope.buyerOrganisationId }] : []),
    ];
    return where.length ? this.contracts.find({ where, order }) : Promise.resolve([]);
  }

  findByIds(ids: readonly string[]): Promise<MicroContractEntity[]> {
    return this.contracts.find({ where: { id: In(ids.filter(isUuid)) } });
  }

  /** Contracts of many challenges (every phase, in chain order); the caller filters by policy. */
  ofChallenges(challengeIds: readonly string[]): Promise<MicroContractEntity[]> {
    return this.contracts.find({ where: { challengeId: In([...challengeIds]) }, order: { phase: 'ASC', issuedAt: 'ASC', id: 'ASC' } });
  }

  followOnsOf(parentIds: readonly string[]): Promise<MicroContractEntity[]> {
    return this.contracts.find({ where: { parentId: In([...parentIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  }

  /** The contract a milestone belongs to (for its documents' read rule); the caller applies ContractsPolicy. */
  async contractOfMilestone(milestoneId: string): Promise<MicroContractEntity | null> {
    if (!isUuid(milestoneId)) return null;
    const milestone = await this.dataSource
      .getRepository(MilestoneEntity)
      .findOne({ where: { id: milestoneId }, select: { id: true, contractId: true } });
    return milestone ? this.contracts.findOneBy({ id: milestone.contractId }) : null;
  }

  milestonesOf(contractIds: readonly string[]): Promise<MilestoneEntity[]> {
    return this.dataSource.getRepository(MilestoneEntity).find({ where: { contractId: In([...contractIds]) }, order: { position: 'ASC' } });
  }
}
