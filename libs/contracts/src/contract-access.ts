import { Actor, isUuid, notFound } from '@app/core';
import { EntityManager } from 'typeorm';

import { ContractsPolicy } from './contracts.policy';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

/** A contract the actor may see, locked FOR UPDATE for a change; someone else's reads as missing. */
export async function lockVisibleContract(manager: EntityManager, actor: Actor, id: string): Promise<MicroContractEntity> {
  const contract = isUuid(id) ? await manager.findOne(MicroContractEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!contract || !ContractsPolicy.canView(actor, contract)) throw notFound('Contract');
  return contract;
}

/**
 * A milestone and its contract, both locked: the contract first (the order every contract change
 * takes), so a completion check never races another milestone of the same contract.
 */
export async function lockVisibleMilestone(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<{ milestone: MilestoneEntity; contract: MicroContractEntity }> {
  const found = isUuid(id) ? await manager.findOne(MilestoneEntity, { where: { id }, select: { id: true, contractId: true } }) : null;
  if (!found) throw notFound('Milestone');
  const contract = await manager.findOne(MicroContractEntity, { where: { id: found.contractId }, lock: { mode: 'pessimistic_write' } });
  if (!contract || !ContractsPolicy.canView(actor, contract)) throw notFound('Milestone');
  const milestone = await manager.findOneOrFail(MilestoneEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  return { milestone, contract };
}
