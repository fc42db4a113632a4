import { useState } from 'react';

import type { OfficerChallengeQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { FormErrors } from '../../ui/FormErrors';
import { CHALLENGE_FIELDS, formProblems, fromChallenge, toUpdateInput } from './challenge-form';
import { ChallengeForm } from './ChallengeForm';
import { PublishChallengeDocument, UpdateChallengeDocument } from './officer-documents';

type Challenge = NonNullable<OfficerChallengeQuery['challenge']>;

/** A draft: edit its terms, then publish it (the API checks the window and every term again). */
export function DraftEditor({ challenge, onChange }: { challenge: Challenge; onChange(): void }) {
  const { t } = useI18n();
  const update = useMutation(UpdateChallengeDocument);
  const publish = useMutation(PublishChallengeDocument);
  const [values, setValues] = useState(() => fromChallenge(challenge));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [publishErrors, setPublishErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save() {
    const problems = formProblems(values);
    setErrors(problems);
    setSaved(false);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await update({ id: challenge.id, input: toUpdateInput(values) });
      setSaved(true);
      onChange();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, CHALLENGE_FIELDS) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  async function publishNow() {
    if (busy) return;
    setBusy(true);
    setPublishErrors({});
    try {
      await publish({ id: challenge.id });
      onChange();
    } catch (error) {
      setPublishErrors(error instanceof ApiError ? errorsByField(error, []) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t('officer.publish.title')}</h2>
        <p>{t('officer.publish.intro')}</p>
        <FormErrors errors={publishErrors} />
        <div className="actions">
          <button type="button" onClick={publishNow} aria-disabled={busy}>
            {t('officer.publish.button')}
          </button>
        </div>
      </section>
      {saved ? <Alert kind="success">{t('officer.form.saved')}</Alert> : null}
      <ChallengeForm values={values} onChange={setValues} errors={errors} mode="edit" busy={busy} onSubmit={save} />
    </>
  );
}
