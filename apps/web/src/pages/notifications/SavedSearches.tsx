import { useState } from 'react';

import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';

const SavedSearchesDocument = graphql(`
  query MySavedSearches {
    savedSearches {
      id
      name
      createdAt
    }
  }
`);

const DeleteSavedSearchDocument = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

/** A vendor's saved searches (they drive the "new challenge for you" alerts), each deletable. */
export function SavedSearches() {
  const { t, formatDate } = useI18n();
  const searches = useQuery(SavedSearchesDocument, {});
  const remove = useMutation(DeleteSavedSearchDocument);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function deleteSearch(id: string) {
    try {
      await remove({ id });
      setMessage({ kind: 'success', text: t('savedSearches.deleted') });
      searches.reload();
    } catch {
      setMessage({ kind: 'error', text: t('error.UNKNOWN') });
    }
  }

  const list = searches.data?.savedSearches ?? [];
  return (
    <section aria-labelledby="saved-searches">
      <h2 id="saved-searches">{t('savedSearches.title')}</h2>
      <p>{t('savedSearches.intro')}</p>
      {searches.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {searches.data && !list.length ? <p>{t('savedSearches.none')}</p> : null}
      <ul className="plain">
        {list.map((s) => (
          <li key={s.id}>
            {s.name} <span className="hint">({t('savedSearches.savedOn', { date: formatDate(s.createdAt) })})</span>{' '}
            <button
              type="button"
              className="link"
              aria-label={t('savedSearches.deleteOf', { name: s.name })}
              onClick={() => void deleteSearch(s.id)}
            >
              {t('savedSearches.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
