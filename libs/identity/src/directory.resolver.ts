import { isUuid, notFound, Roles } from '@app/core';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { OrganisationKindEnum } from './models/identity.enums';
import { OrganisationModel, UserModel } from './models/identity.models';

/** The directory lists are bounded: an admin screen, not an export. */
const DIRECTORY_LIMIT = 500;

/**
 * The admin's directory: which organisations exist and who works in each, so the console can
 * create buyer organisations and users and show the result. Admins only (IdentityPolicy: an admin
 * manages any user); everyone else meets FORBIDDEN from the role guard, as for createBuyerOrganisation.
 */
@Resolver()
export class DirectoryResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Roles('ADMIN')
  @Query(() => [OrganisationModel], { description: `ADMIN: organisations by name, optionally of one kind (at most ${DIRECTORY_LIMIT}).` })
  organisations(
    @Args('kind', { type: () => OrganisationKindEnum, nullable: true }) kind?: keyof typeof OrganisationKindEnum,
  ): Promise<OrganisationModel[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({
      where: kind ? { kind } : {},
      order: { name: 'ASC', id: 'ASC' },
      take: DIRECTORY_LIMIT,
    }) as Promise<OrganisationModel[]>;
  }

  @Roles('ADMIN')
  @Query(() => [UserModel], { description: `ADMIN: the users of one organisation by display name (at most ${DIRECTORY_LIMIT}).` })
  async users(@Args('organisationId', { type: () => ID }) organisationId: string): Promise<UserModel[]> {
    if (!isUuid(organisationId) || !(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: organisationId })))
      throw notFound('Organisation');
    return this.dataSource.getRepository(UserEntity).find({
      where: { organisationId },
      order: { displayName: 'ASC', id: 'ASC' },
      take: DIRECTORY_LIMIT,
    }) as Promise<UserModel[]>;
  }
}
