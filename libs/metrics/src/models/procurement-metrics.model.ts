import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Named and typed exactly as ProcurementMetrics in contract/contract.graphql. */
@ObjectType('ProcurementMetrics')
export class ProcurementMetricsModel {
  @Field(() => Int) challengesPublished: number;
  @Field(() => Int) challengesAwarded: number;
  @Field(() => Float, { nullable: true, description: 'median days, null when nothing to measure' }) medianDaysPublishToAward: number | null;
  @Field(() => Float, { nullable: true }) medianDaysAwardToSignature: number | null;
  @Field(() => Float, { nullable: true }) medianDaysDeliveryToPayment: number | null;
  @Field(() => Float, { nullable: true, description: 'share (0..1) of awarded contract value going to SMEs' }) smeAwardValueShare:
    number | null;
  @Field(() => Float, { nullable: true, description: 'share (0..1) of awards won by vendors with no earlier contract' })
  firstTimeVendorShare: number | null;
}
