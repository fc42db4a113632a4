import { type RoleName, ROLES } from '@app/core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

import { RoleEnum } from '../models/identity.enums';

const COUNTRY = /^[A-Z]{2}$/;

@InputType()
export class RegisterVendorInput {
  @Field() @IsNotEmpty() @MaxLength(200) organisationName: string;
  @Field() @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' }) country: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10_000_000) headcount: number;
  @Field(() => GraphQLSafeInt) @IsInt() @Min(0) annualTurnoverEur: number;
  @Field(() => GraphQLSafeInt) @IsInt() @Min(0) balanceSheetEur: number;
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  /** Checked by the one password policy (password-policy.ts), which knows the email and name. */
  @Field() @IsString() password: string;
  @Field() @IsNotEmpty() @MaxLength(120) displayName: string;
}

@InputType()
export class CreateBuyerOrganisationInput {
  @Field() @IsNotEmpty() @MaxLength(200) name: string;
  @Field() @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' }) country: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => ID) @IsUUID('all', { message: 'organisationId must be an id' }) organisationId: string;
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  /** Checked by the one password policy (password-policy.ts), which knows the email and name. */
  @Field() @IsString() password: string;
  @Field() @IsNotEmpty() @MaxLength(120) displayName: string;
  @Field(() => [RoleEnum]) @ArrayNotEmpty() @ArrayUnique() @IsIn(ROLES as unknown as string[], { each: true }) roles: RoleName[];
}
