export type { OrganisationKind, SmeClassName } from './entities/organisation.entity';
export * from './identity.loaders';
export * from './identity.module';
export * from './identity.service';
export * from './operator-accounts.service';
export * from './suspension.service';
