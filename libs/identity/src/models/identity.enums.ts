import { registerEnumType } from '@nestjs/graphql';

export const RoleEnum = { VENDOR: 'VENDOR', OFFICER: 'OFFICER', EVALUATOR: 'EVALUATOR', AUDITOR: 'AUDITOR', ADMIN: 'ADMIN' } as const;
export const OrganisationKindEnum = { BUYER: 'BUYER', VENDOR: 'VENDOR' } as const;
export const SmeClassEnum = { MICRO: 'MICRO', SMALL: 'SMALL', MEDIUM: 'MEDIUM', LARGE: 'LARGE' } as const;

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(SmeClassEnum, { name: 'SmeClass' });
