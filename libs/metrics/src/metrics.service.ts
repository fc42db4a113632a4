import { badInput } from '@app/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ProcurementMetricsModel } from './models/procurement-metrics.model';
import { PROCUREMENT_METRICS_SQL } from './procurement-metrics.sql';

const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Public procurement-speed metrics, computed by PostgreSQL in one statement (see the SQL's comment for the window rules). */
@Injectable()
export class MetricsService {
  constructor(private readonly dataSource: DataSource) {}

  async procurementMetrics(from: Date | null, to: Date | null): Promise<ProcurementMetricsModel> {
    if (from && to && from > to) throw badInput('from must not be after to');
    const [row] = await this.dataSource.query(PROCUREMENT_METRICS_SQL, [from, to]);
    return {
      challengesPublished: Number(row.challenges_published),
      challengesAwarded: Number(row.challenges_awarded),
      medianDaysPublishToAward: orNull(row.median_days_publish_to_award),
      medianDaysAwardToSignature: orNull(row.median_days_award_to_signature),
      medianDaysDeliveryToPayment: orNull(row.median_days_delivery_to_payment),
      smeAwardValueShare: orNull(row.sme_award_value_share),
      firstTimeVendorShare: orNull(row.first_time_vendor_share),
    };
  }
}
