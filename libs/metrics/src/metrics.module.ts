import { SolicitationsModule } from '@app/solicitations';
import { Module } from '@nestjs/common';

import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

/** Query.procurementMetrics. Reads only: the DataSource, and challenge visibility from solicitations. */
@Module({
  imports: [SolicitationsModule],
  providers: [MetricsService, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
