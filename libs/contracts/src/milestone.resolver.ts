import { Actor, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { MilestoneService } from './milestone.service';
import { toMilestoneModel } from './models/contract.mapper';
import { MilestoneModel } from './models/contract.models';

/** Milestone mutations: the vendor delivers; the buyer's officers accept, reject and pay. */
@Resolver(() => MilestoneModel)
export class MilestoneResolver {
  constructor(private readonly milestones: MilestoneService) {}

  @Roles('VENDOR')
  @Mutation(() => MilestoneModel)
  async deliverMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('evidence') evidence: string,
    @Args('documentIds', {
      type: () => [ID],
      nullable: true,
      description: "Uploaded documents (POST /documents) evidencing the delivery; a redelivery replaces the previous delivery's.",
    })
    documentIds?: string[] | null,
  ): Promise<MilestoneModel> {
    return toMilestoneModel(await this.milestones.deliver(actor, id, evidence, documentIds ?? []));
  }

  @Roles('OFFICER')
  @Mutation(() => MilestoneModel)
  async acceptMilestone(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MilestoneModel> {
    return toMilestoneModel(await this.milestones.accept(actor, id));
  }

  @Roles('OFFICER')
  @Mutation(() => MilestoneModel)
  async rejectMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<MilestoneModel> {
    return toMilestoneModel(await this.milestones.reject(actor, id, reason));
  }

  @Roles('OFFICER')
  @Mutation(() => MilestoneModel)
  async recordMilestonePayment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MilestoneModel> {
    return toMilestoneModel(await this.milestones.recordPayment(actor, id));
  }
}
