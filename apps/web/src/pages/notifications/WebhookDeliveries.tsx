import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useLiveQuery } from '../../lib/use-live-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';

const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 20) {
      id
      kind
      status
      attempts
      lastStatusCode
      lastError
      createdAt
    }
  }
`);

/** The 20 latest deliveries of one webhook, refreshed while open (retries move them along). */
export function WebhookDeliveries({ webhookId, url }: { webhookId: string; url: string }) {
  const { t, formatDateTime } = useI18n();
  const deliveries = useLiveQuery(WebhookDeliveriesDocument, { webhookId }, { intervalMs: 10_000 });
  if (deliveries.loading && !deliveries.data) return <Loading label={t('common.loading')} />;
  if (deliveries.error) return <Alert>{t('error.UNKNOWN')}</Alert>;
  const rows = deliveries.data?.webhookDeliveries ?? [];
  if (!rows.length) return <p>{t('webhooks.noDeliveries')}</p>;
  return (
    <table>
      <caption className="visually-hidden">
        {t('webhooks.deliveries')}: {url}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.deliveryCreated')}</th>
          <th scope="col">{t('webhooks.deliveryEvent')}</th>
          <th scope="col">{t('webhooks.deliveryStatus')}</th>
          <th scope="col">{t('webhooks.deliveryAttempts')}</th>
          <th scope="col">{t('webhooks.deliveryAnswer')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <td>{formatDateTime(d.createdAt)}</td>
            <td>{t(`notificationKind.${d.kind}`)}</td>
            <td>
              <Badge tone={d.status === 'DELIVERED' ? 'good' : d.status === 'PENDING' ? 'neutral' : 'bad'}>
                {t(`webhookDeliveryStatus.${d.status}`)}
              </Badge>
            </td>
            <td>{d.attempts}</td>
            <td>{d.lastStatusCode ?? d.lastError ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
