import { useState } from 'react';

import { graphql } from '../../gql';
import type { EmailDelivery, NotificationKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert, Loading } from '../../ui/Feedback';

const PreferencesDocument = graphql(`
  query MyNotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

const SetPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailDelivery!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

const CHOICES: readonly EmailDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as EmailDelivery[];

/** Per kind relevant to the user's roles: email right away, in the daily digest, or not at all. */
export function EmailPreferences() {
  const { t } = useI18n();
  const preferences = useQuery(PreferencesDocument, {});
  const save = useMutation(SetPreferenceDocument);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function change(kind: NotificationKind, email: EmailDelivery) {
    try {
      const { setNotificationPreference: saved } = await save({ kind, email });
      setMessage({
        kind: 'success',
        text: t('notificationSettings.saved', { kind: t(`notificationKind.${saved.kind}`), email: t(`emailDelivery.${saved.email}`) }),
      });
      preferences.reload();
    } catch {
      setMessage({ kind: 'error', text: t('error.UNKNOWN') });
    }
  }

  const rows = preferences.data?.notificationPreferences ?? [];
  return (
    <section aria-labelledby="email-preferences">
      <h2 id="email-preferences">{t('notificationSettings.email')}</h2>
      <p>{t('notificationSettings.intro')}</p>
      {preferences.loading && !preferences.data ? <Loading label={t('common.loading')} /> : null}
      {preferences.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {rows.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('notificationSettings.kind')}</th>
              <th scope="col">{t('notificationSettings.email')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{t(`notificationKind.${row.kind}`)}</th>
                <td>
                  <select
                    value={row.email}
                    aria-label={t('notificationSettings.emailFor', { kind: t(`notificationKind.${row.kind}`) })}
                    onChange={(e) => void change(row.kind, e.target.value as EmailDelivery)}
                  >
                    {CHOICES.map((choice) => (
                      <option key={choice} value={choice}>
                        {t(`emailDelivery.${choice}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
