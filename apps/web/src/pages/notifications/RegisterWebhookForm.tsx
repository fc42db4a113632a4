import { type FormEvent, useState } from 'react';

import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import type { NotificationKind } from '../../gql/graphql';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { kindsForRoles } from './notification-kind-groups';

const RegisterWebhookDocument = graphql(`
  mutation RegisterWebhook($url: String!, $events: [NotificationKind!]!) {
    registerWebhook(url: $url, events: $events) {
      secret
      webhook {
        id
        url
      }
    }
  }
`);

/** Registers a webhook; the signing secret is shown once, right here, until the page is left. */
export function RegisterWebhookForm({ onRegistered }: { onRegistered(): void }) {
  const { t, has } = useI18n();
  const { user } = useSession();
  const register = useMutation(RegisterWebhookDocument);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ url?: string[]; events?: string[]; form?: string }>({});
  const [secret, setSecret] = useState<string | null>(null);
  const kinds = kindsForRoles(user?.roles ?? []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      url: url.trim() ? undefined : [describeError(t, has, 'REQUIRED')],
      events: events.length ? undefined : [t('webhooks.chooseEvents')],
    };
    setErrors(problems);
    if (problems.url || problems.events) return;
    try {
      const { registerWebhook } = await register({ url: url.trim(), events: events as NotificationKind[] });
      setSecret(registerWebhook.secret);
      setUrl('');
      setEvents([]);
      onRegistered();
    } catch (error) {
      const problem = error instanceof ApiError ? error.problems[0] : undefined;
      const details = (problem?.extensions.problems as string[] | undefined) ?? [];
      if (problem?.code === 'BAD_USER_INPUT' && details.length)
        setErrors({ url: details.map((d) => describeError(t, has, `BAD_USER_INPUT:${d}`)) });
      else setErrors({ form: describeError(t, has, problem?.code ?? 'UNKNOWN') });
    }
  }

  return (
    <>
      {secret ? (
        <Alert kind="success">
          <p>
            <strong>{t('webhooks.registered')}</strong> {t('webhooks.secretTitle')}
          </p>
          <p>
            <code data-testid="webhook-secret">{secret}</code>
          </p>
          <p>{t('webhooks.secretText')}</p>
        </Alert>
      ) : null}
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          errors={errors.url}
        />
        <ChoiceGroup
          label={t('webhooks.events')}
          type="checkbox"
          name="webhook-events"
          options={kinds.map((kind) => ({ value: kind, label: t(`notificationKind.${kind}`) }))}
          selected={events}
          onChange={setEvents}
          errors={errors.events}
        />
        <div className="actions">
          <button type="submit">{t('webhooks.register')}</button>
        </div>
      </form>
    </>
  );
}
