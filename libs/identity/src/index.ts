export * from './identity.module';
export * from './identity-api.module';
export * from './identity.service';
export * from './identity.loaders';
export * from './models/identity.models';
export * from './models/identity.enums';
export type { OrganisationKind, SmeClassName } from './organisation.entity';
