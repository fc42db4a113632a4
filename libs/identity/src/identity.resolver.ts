import { Actor, AnyRole, CurrentActor, GqlContext, notFound, Public, Roles } from '@app/core';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CreateBuyerOrganisationInput, CreateUserInput, RegisterVendorInput } from './dto/identity.inputs';
import { organisationLoader } from './identity.loaders';
import { IdentityService } from './identity.service';
import { AuthPayloadModel, OrganisationModel, UserModel } from './models/identity.models';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  registerVendor(@Args('input') input: RegisterVendorInput): Promise<AuthPayloadModel> {
    return this.identity.registerVendor(input);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.identity.login(email, password, ctx.ip);
  }

  @AnyRole()
  @Query(() => UserModel)
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    const user = await this.identity.findUser(actor.userId);
    if (!user) throw notFound('User');
    return user;
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationModel)
  createBuyerOrganisation(@CurrentActor() actor: Actor, @Args('input') input: CreateBuyerOrganisationInput): Promise<OrganisationModel> {
    return this.identity.createBuyerOrganisation(actor, input);
  }

  @Roles('ADMIN', 'OFFICER', 'VENDOR')
  @Mutation(() => UserModel)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.identity.createUser(actor, input);
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<OrganisationModel> {
    const organisation = await organisationLoader(ctx, this.identity).load(user.organisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }
}
