import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useQuery } from '../lib/use-query';
import { BarChart } from '../ui/BarChart';
import { Alert, Loading } from '../ui/Feedback';
import { Page } from '../ui/Page';

const MetricsDocument = graphql(`
  query PublicMetrics {
    procurementMetrics {
      challengesPublished
      challengesAwarded
      medianDaysPublishToAward
      medianDaysAwardToSignature
      medianDaysDeliveryToPayment
      smeAwardValueShare
      firstTimeVendorShare
    }
  }
`);

/** The public procurement-speed figures (libs/metrics), as charts anyone can read without signing in. */
export function MetricsPage() {
  const { t, formatNumber } = useI18n();
  const metrics = useQuery(MetricsDocument, {});
  const m = metrics.data?.procurementMetrics;
  const days = (v: number) => t('metrics.days', { n: formatNumber(v, { maximumFractionDigits: 1 }) });
  const percent = (v: number) => formatNumber(v, { style: 'percent', maximumFractionDigits: 0 });
  const durations = m ? [m.medianDaysPublishToAward, m.medianDaysAwardToSignature, m.medianDaysDeliveryToPayment] : [];
  return (
    <Page title={t('metrics.title')}>
      <p>{t('metrics.intro')}</p>
      {metrics.loading ? <Loading label={t('common.loading')} /> : null}
      {metrics.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {m ? (
        <>
          <section className="card" aria-labelledby="volume-heading">
            <h2 id="volume-heading">{t('metrics.volume')}</h2>
            <dl className="facts">
              <dt>{t('metrics.published')}</dt>
              <dd>{formatNumber(m.challengesPublished)}</dd>
              <dt>{t('metrics.awarded')}</dt>
              <dd>{formatNumber(m.challengesAwarded)}</dd>
            </dl>
          </section>
          <section className="card">
            <BarChart
              title={t('metrics.speed')}
              max={Math.max(1, ...durations.map((d) => d ?? 0))}
              format={days}
              emptyLabel={t('metrics.none')}
              bars={[
                { label: t('metrics.publishToAward'), value: m.medianDaysPublishToAward ?? null },
                { label: t('metrics.awardToSignature'), value: m.medianDaysAwardToSignature ?? null },
                { label: t('metrics.deliveryToPayment'), value: m.medianDaysDeliveryToPayment ?? null },
              ]}
            />
          </section>
          <section className="card">
            <BarChart
              title={t('metrics.shares')}
              max={1}
              format={percent}
              emptyLabel={t('metrics.none')}
              bars={[
                { label: t('metrics.smeShare'), value: m.smeAwardValueShare ?? null },
                { label: t('metrics.firstTimeShare'), value: m.firstTimeVendorShare ?? null },
              ]}
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
