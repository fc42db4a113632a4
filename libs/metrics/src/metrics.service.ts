import { Actor, badInput } from '@app/core';
import { ChallengeQueryService } from '@app/solicitations';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CurrencyShareModel, ProcurementMetricsModel } from './models/procurement-metrics.model';
import { procurementMetricsSql } from './procurement-metrics.sql';

const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Public procurement-speed metrics, computed by PostgreSQL in one statement (see the SQL's comment
 * for the window rules) over the challenges the caller may see.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeQueryService,
  ) {}

  async procurementMetrics(actor: Actor | null, from: Date | null, to: Date | null): Promise<ProcurementMetricsModel> {
    if (from && to && from > to) throw badInput('from must not be after to');
    const visible = await this.challenges.visibilityFor(actor, 'c');
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(procurementMetricsSql(visible.sql), {
      ...visible.params,
      from,
      to,
    });
    const [row] = await this.dataSource.query(sql, params);
    return {
      challengesPublished: Number(row.challenges_published),
      challengesAwarded: Number(row.challenges_awarded),
      medianDaysPublishToAward: orNull(row.median_days_publish_to_award),
      medianDaysAwardToSignature: orNull(row.median_days_award_to_signature),
      medianDaysDeliveryToPayment: orNull(row.median_days_delivery_to_payment),
      smeAwardValueShare: orNull(row.sme_award_value_share),
      smeAwardValueShareByCurrency: (row.sme_award_value_share_by_currency as { currency: string; awarded: string; sme: string }[]).map(
        toCurrencyShare,
      ),
      firstTimeVendorShare: orNull(row.first_time_vendor_share),
    };
  }
}

function toCurrencyShare(r: { currency: string; awarded: string; sme: string }): CurrencyShareModel {
  const awarded = Number(r.awarded);
  const sme = Number(r.sme);
  return {
    currency: r.currency,
    awardedValue: { amountMinor: awarded, currency: r.currency },
    smeValue: { amountMinor: sme, currency: r.currency },
    share: awarded > 0 ? sme / awarded : null,
  };
}
