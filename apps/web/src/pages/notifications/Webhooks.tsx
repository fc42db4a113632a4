import { useState } from 'react';

import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert, Badge } from '../../ui/Feedback';
import { RegisterWebhookForm } from './RegisterWebhookForm';
import { WebhookDeliveries } from './WebhookDeliveries';

const WebhooksDocument = graphql(`
  query MyWebhooks {
    webhooks {
      id
      url
      events
      enabled
      failureCount
      createdAt
      disabledAt
    }
  }
`);

const DeleteWebhookDocument = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

/** The organisation's webhooks: each with its state and deliveries, a register form, delete. */
export function Webhooks() {
  const { t, formatDateTime } = useI18n();
  const webhooks = useQuery(WebhooksDocument, {});
  const remove = useMutation(DeleteWebhookDocument);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function deleteWebhook(id: string) {
    try {
      await remove({ id });
      setMessage({ kind: 'success', text: t('webhooks.deleted') });
      webhooks.reload();
    } catch {
      setMessage({ kind: 'error', text: t('error.UNKNOWN') });
    }
  }

  const list = webhooks.data?.webhooks ?? [];
  return (
    <section aria-labelledby="webhooks">
      <h2 id="webhooks">{t('webhooks.title')}</h2>
      <p>{t('webhooks.intro')}</p>
      {webhooks.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {webhooks.data && !list.length ? <p>{t('webhooks.none')}</p> : null}
      {list.map((w) => (
        <article className="card" key={w.id} aria-labelledby={`webhook-${w.id}`}>
          <h3 id={`webhook-${w.id}`}>
            <code>{w.url}</code>
          </h3>
          <dl className="facts">
            <dt>{t('webhooks.deliveryStatus')}</dt>
            <dd>
              <Badge tone={w.enabled ? 'good' : 'bad'}>{w.enabled ? t('webhooks.enabled') : t('webhooks.disabled')}</Badge>
              {w.failureCount ? ` ${t('webhooks.failures', { count: w.failureCount })}` : null}
            </dd>
            <dt>{t('webhooks.events')}</dt>
            <dd>{w.events.map((kind) => t(`notificationKind.${kind}`)).join(', ')}</dd>
            <dt>{t('webhooks.createdAt')}</dt>
            <dd>{formatDateTime(w.createdAt)}</dd>
          </dl>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              aria-expanded={open === w.id}
              aria-controls={`deliveries-${w.id}`}
              onClick={() => setOpen(open === w.id ? null : w.id)}
            >
              {open === w.id ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={t('webhooks.deleteOf', { url: w.url })}
              onClick={() => void deleteWebhook(w.id)}
            >
              {t('webhooks.delete')}
            </button>
          </div>
          <div id={`deliveries-${w.id}`}>{open === w.id ? <WebhookDeliveries webhookId={w.id} url={w.url} /> : null}</div>
        </article>
      ))}
      <RegisterWebhookForm onRegistered={webhooks.reload} />
    </section>
  );
}
