import { Actor, Public } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { ProcurementMetricsArgs } from './dto/metrics.args';
import { MetricsService } from './metrics.service';
import { ProcurementMetricsModel } from './models/procurement-metrics.model';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  // Public on purpose (docs/product.md: metrics for buyers and the public): aggregates only, no identities,
  // over the challenges the caller may see (need-to-know ones only count for those who know them).
  @Public()
  @Query(() => ProcurementMetricsModel, { description: 'Procurement-speed metrics over [from, to); an open end is unbounded.' })
  procurementMetrics(@CurrentActor() actor: Actor | null, @Args() args: ProcurementMetricsArgs): Promise<ProcurementMetricsModel> {
    return this.metrics.procurementMetrics(actor, args.from ?? null, args.to ?? null);
  }
}
