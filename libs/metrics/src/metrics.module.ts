import { Module } from '@nestjs/common';

import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

/** Query.procurementMetrics. Reads only; needs nothing but the DataSource. */
@Module({
  providers: [MetricsService, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
