import { Public } from '@app/core';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { ProcurementMetricsArgs } from './dto/metrics.args';
import { MetricsService } from './metrics.service';
import { ProcurementMetricsModel } from './models/procurement-metrics.model';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  // Public on purpose (docs/product.md: metrics for buyers and the public): aggregates only, no identities.
  @Public()
  @Query(() => ProcurementMetricsModel, { description: 'Procurement-speed metrics over [from, to); an open end is unbounded.' })
  procurementMetrics(@Args() args: ProcurementMetricsArgs): Promise<ProcurementMetricsModel> {
    return this.metrics.procurementMetrics(args.from ?? null, args.to ?? null);
  }
}
