import { IsIso4217Currency } from '@app/core/api';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsInt } from 'class-validator';
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
  // The one gate for every currency entering the API: challenges, bids, follow-ons.
  @Field() @IsIso4217Currency() currency: string;
}

export const money = (amountMinor: number, currency: string): MoneyModel => ({ amountMinor, currency });
