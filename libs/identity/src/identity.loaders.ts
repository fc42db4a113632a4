import { byKeys, GqlContext } from '@app/core';

import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityService } from './identity.service';

/** Per-request loaders for identity relations; other domains resolve Organisation and User through these. */
export const organisationLoader = (ctx: GqlContext, identity: IdentityService) =>
  ctx.loaders.get<string, OrganisationEntity | null>('identity.organisation', async (ids) =>
    byKeys(ids, await identity.findOrganisations(ids), (o) => o.id),
  );

export const userLoader = (ctx: GqlContext, identity: IdentityService) =>
  ctx.loaders.get<string, UserEntity | null>('identity.user', async (ids) => byKeys(ids, await identity.findUsers(ids), (u) => u.id));
