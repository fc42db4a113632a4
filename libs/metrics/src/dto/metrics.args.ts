import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

/** The window [from, to); either end may be left open. */
@ArgsType()
export class ProcurementMetricsArgs {
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
