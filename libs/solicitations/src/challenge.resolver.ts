import { Actor, AppError, Public, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ChallengeService } from './challenge.service';
import { ChallengeQueryService } from './challenge-query.service';
import { AmendChallengeInput, ChallengesArgs, CreateChallengeInput, UpdateChallengeInput } from './dto/challenge.inputs';
import { toChallengeModel } from './models/challenge.mapper';
import { ChallengeConnectionModel, ChallengeModel } from './models/challenge.models';

@Resolver(() => ChallengeModel)
export class ChallengeResolver {
  constructor(
    private readonly commands: ChallengeService,
    private readonly queries: ChallengeQueryService,
  ) {}

  @Public()
  @Query(() => ChallengeConnectionModel)
  async challenges(@CurrentActor() actor: Actor | null, @Args() args: ChallengesArgs): Promise<ChallengeConnectionModel> {
    const page = await this.queries.list(actor, args.filter, args.first, args.after);
    return {
      edges: page.rows.map((row) => ({ cursor: row.cursor, node: toChallengeModel(row.challenge) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Public()
  @Query(() => ChallengeModel, { nullable: true, description: 'null when the challenge does not exist or is not visible to the caller' })
  async challenge(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<ChallengeModel | null> {
    try {
      return toChallengeModel(await this.queries.findVisible(actor, id));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async createChallenge(@CurrentActor() actor: Actor, @Args('input') input: CreateChallengeInput): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.create(actor, input));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async updateChallenge(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateChallengeInput,
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.update(actor, id, input));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async publishChallenge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.publish(actor, id));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async amendChallenge(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AmendChallengeInput,
    @Args('reason') reason: string,
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.amend(actor, id, input, reason));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async cancelChallenge(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.cancel(actor, id, reason));
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel)
  async inviteEvaluators(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ): Promise<ChallengeModel> {
    return toChallengeModel(await this.commands.inviteEvaluators(actor, challengeId, userIds));
  }
}
