import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsInt, Matches } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

/** Integer minor units (cents) and an ISO 4217 code: money is never a float. */
@ObjectType('Money')
export class MoneyModel {
  @Field(() => GraphQLSafeInt) amountMinor: number;
  @Field() currency: string;
}

@InputType('MoneyInput')
export class MoneyInput {
  @Field(() => GraphQLSafeInt) @IsInt() amountMinor: number;
  @Field() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code of three uppercase letters such as EUR' }) currency: string;
}

export const money = (amountMinor: number, currency: string): MoneyModel => ({ amountMinor, currency });
