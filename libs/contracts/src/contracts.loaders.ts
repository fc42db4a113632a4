import { byKeys, GqlContext, groupByKeys } from '@app/core';
import { SubmissionEntity, SubmissionQueryService } from '@app/submissions';

import { ContractQueryService } from './contract-query.service';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { MilestoneEntity } from './entities/milestone.entity';

/**
 * Per-request loaders for contract relations: one query per relation per request, whatever the
 * list size. They return rows without a visibility check: the field resolvers apply the policy.
 */
export const contractLoader = (ctx: GqlContext, q: ContractQueryService) =>
  ctx.loaders.get<string, MicroContractEntity | null>('contracts.byId', async (ids) => byKeys(ids, await q.findByIds(ids), (c) => c.id));

export const milestonesLoader = (ctx: GqlContext, q: ContractQueryService) =>
  ctx.loaders.get<string, MilestoneEntity[]>('contracts.milestones', async (ids) =>
    groupByKeys(ids, await q.milestonesOf(ids), (m) => m.contractId),
  );

export const followOnsLoader = (ctx: GqlContext, q: ContractQueryService) =>
  ctx.loaders.get<string, MicroContractEntity[]>('contracts.followOns', async (ids) =>
    groupByKeys(ids, await q.followOnsOf(ids), (c) => c.parentId as string),
  );

export const challengeContractsLoader = (ctx: GqlContext, q: ContractQueryService) =>
  ctx.loaders.get<string, MicroContractEntity[]>('contracts.byChallenge', async (ids) =>
    groupByKeys(ids, await q.ofChallenges(ids), (c) => c.challengeId),
  );

/** Submissions by id: the submissions domain offers none, and a contract list needs one query, not one per row. */
export const contractSubmissionLoader = (ctx: GqlContext, q: SubmissionQueryService) =>
  ctx.loaders.get<string, SubmissionEntity | null>('contracts.submission', async (ids) => byKeys(ids, await q.findByIds(ids), (s) => s.id));
