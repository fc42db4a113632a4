import { MoneyModel } from '@app/solicitations/api';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Named and typed exactly as CurrencyShare in contract/contract-integrity.graphql. */
@ObjectType('CurrencyShare')
export class CurrencyShareModel {
  @Field() currency: string;
  @Field(() => MoneyModel) awardedValue: MoneyModel;
  @Field(() => MoneyModel) smeValue: MoneyModel;
  @Field(() => Float, { nullable: true }) share: number | null;
}

/** Named and typed exactly as ProcurementMetrics in contract/contract.graphql (and contract-integrity.graphql). */
@ObjectType('ProcurementMetrics')
export class ProcurementMetricsModel {
  @Field(() => Int) challengesPublished: number;
  @Field(() => Int) challengesAwarded: number;
  @Field(() => Float, { nullable: true, description: 'median days, null when nothing to measure' }) medianDaysPublishToAward: number | null;
  @Field(() => Float, { nullable: true }) medianDaysAwardToSignature: number | null;
  @Field(() => Float, { nullable: true }) medianDaysDeliveryToPayment: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'share (0..1) of awarded contract value going to SMEs; null when awards span several currencies',
  })
  smeAwardValueShare: number | null;
  @Field(() => [CurrencyShareModel], {
    description:
      'SME share of awarded value per currency, never summed across currencies (smeAwardValueShare is null when awards span several currencies)',
  })
  smeAwardValueShareByCurrency: CurrencyShareModel[];
  @Field(() => Float, { nullable: true, description: 'share (0..1) of awards won by vendors with no earlier contract' })
  firstTimeVendorShare: number | null;
}
