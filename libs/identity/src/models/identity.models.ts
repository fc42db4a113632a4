import type { RoleName } from '@app/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import type { OrganisationKind, SmeClassName } from '../entities/organisation.entity';
import { OrganisationKindEnum, RoleEnum, SmeClassEnum } from './identity.enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @Field(() => SmeClassEnum, {
    nullable: true,
    description: 'Vendors only: EU Recommendation 2003/361 class from headcount, turnover and balance sheet.',
  })
  smeClass: SmeClassName | null;
  /** Resolved by SuspensionResolver under SuspensionPolicy; the stored columns ride along here. */
  suspendedAt?: Date | null;
  suspensionReason?: string | null;
  suspensionAttestationId?: string | null;
}

@ObjectType('Suspension')
export class SuspensionModel {
  @Field() reason: string;
  @Field() since: Date;
  @Field(() => ID, { nullable: true, description: 'the revoked attestation that caused it' }) attestationId: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [RoleEnum]) roles: RoleName[];
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
  /** Resolved through a per-request DataLoader. */
  organisationId: string;
}

@ObjectType('PasswordReset')
export class PasswordResetModel {
  @Field({ description: 'one-time, shown once' }) token: string;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken: string;
  @Field(() => UserModel) user: UserModel;
}
