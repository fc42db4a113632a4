import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';

import { graphql } from '../../gql';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';

const SaveSearchDocument = graphql(`
  mutation SaveSearch($name: String!, $filter: ChallengeFilter!) {
    saveSearch(name: $name, filter: $filter) {
      id
      name
    }
  }
`);

/**
 * Under the challenge list, for vendors: keep the applied search and tag as a saved search, so each
 * new matching challenge they may bid on is announced (inbox, and email by their preference).
 */
export function SaveSearchForm({ filter }: { filter: { search: string | null; tag: string | null } }) {
  const { t, has } = useI18n();
  const save = useMutation(SaveSearchDocument);
  const [name, setName] = useState('');
  const [error, setError] = useState<string[] | undefined>();
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError([describeError(t, has, 'REQUIRED')]);
      return;
    }
    try {
      const { saveSearch } = await save({ name: name.trim(), filter });
      setError(undefined);
      setSaved(saveSearch.name);
      setName('');
    } catch (e) {
      setSaved(null);
      setError([describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN')]);
    }
  }

  return (
    <form className="card" aria-labelledby="save-search" onSubmit={submit} noValidate>
      <h2 id="save-search">{t('savedSearches.saveTitle')}</h2>
      <p className="hint">{t('savedSearches.saveIntro')}</p>
      <TextField label={t('savedSearches.name')} value={name} onChange={(e) => setName(e.target.value)} errors={error} />
      <div className="actions">
        <button type="submit" className="secondary">
          {t('savedSearches.save')}
        </button>
      </div>
      {saved ? (
        <Alert kind="success">
          {t('savedSearches.savedNow', { name: saved })} <Link to="/settings/notifications">{t('nav.notificationSettings')}</Link>
        </Alert>
      ) : null}
    </form>
  );
}
