import { Actor, AnyRole, GqlContext, notFound, Public, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccountLifecycleService } from './account-lifecycle.service';
import { CreateBuyerOrganisationInput, CreateUserInput, RegisterVendorInput } from './dto/identity.inputs';
import { organisationLoader } from './identity.loaders';
import { IdentityService } from './identity.service';
import { AuthPayloadModel, OrganisationModel, PasswordResetModel, UserModel } from './models/identity.models';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly accounts: AccountLifecycleService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  registerVendor(@Args('input') input: RegisterVendorInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.identity.registerVendor(input, ctx.ip);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.identity.login(email, password, ctx.ip);
  }

  @AnyRole()
  @Query(() => UserModel)
  async me(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<UserModel> {
    const found = await this.identity.findUserWithOrganisation(actor.userId);
    if (!found) throw notFound('User');
    // Read with the user: `organisation` below is answered from the request's loader, no second query.
    organisationLoader(ctx, this.identity).prime(found.organisation.id, found.organisation);
    return found.user;
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

  @Roles('ADMIN', 'OFFICER', 'VENDOR')
  @Mutation(() => UserModel)
  disableUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<UserModel> {
    return this.accounts.disableUser(actor, id, reason);
  }

  @Roles('ADMIN', 'OFFICER', 'VENDOR')
  @Mutation(() => UserModel)
  enableUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.accounts.enableUser(actor, id);
  }

  @AnyRole()
  @Mutation(() => Boolean)
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.accounts.changePassword(actor, currentPassword, newPassword, ctx.ip);
  }

  @Roles('ADMIN')
  @Mutation(() => PasswordResetModel, { description: 'ADMIN: a one-time reset token for a user, expiring.' })
  issuePasswordReset(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<PasswordResetModel> {
    return this.accounts.issuePasswordReset(actor, userId);
  }

  @Public()
  @Mutation(() => Boolean)
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.accounts.resetPassword(token, newPassword);
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<OrganisationModel> {
    const organisation = await organisationLoader(ctx, this.identity).load(user.organisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }
}
