import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Page } from '../../ui/Page';
import { CHALLENGE_FIELDS, EMPTY_CHALLENGE, formProblems, toCreateInput } from './challenge-form';
import { ChallengeForm } from './ChallengeForm';
import { CreateChallengeDocument } from './officer-documents';

/** A new draft: nothing is public until it is published from its management page. */
export default function NewChallengePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useMutation(CreateChallengeDocument);
  const [values, setValues] = useState(EMPTY_CHALLENGE);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  async function submit() {
    const problems = formProblems(values);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const { createChallenge } = await create({ input: toCreateInput(values) });
      navigate(`/officer/challenges/${createChallenge.id}`, { state: { created: true } });
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, CHALLENGE_FIELDS) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('officer.new.title')}>
      <p>{t('officer.new.intro')}</p>
      <ChallengeForm values={values} onChange={setValues} errors={errors} mode="create" busy={busy} onSubmit={submit} />
    </Page>
  );
}
