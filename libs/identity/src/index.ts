export type { OrganisationKind, SmeClassName } from './entities/organisation.entity';
export * from './identity.loaders';
export * from './identity.module';
export * from './identity.service';
export * from './identity-api.module';
export * from './models/identity.enums';
export * from './models/identity.models';
export * from './operator-accounts.service';
export * from './suspension.service';
