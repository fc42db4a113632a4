import { type FormEvent, useState } from 'react';

import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { TextArea } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { CancelChallengeDocument } from './officer-documents';

/** Cancelling is final and public: the reason is required and shown to bidders. */
export function CancelChallenge({ challengeId, onChange }: { challengeId: string; onChange(): void }) {
  const { t } = useI18n();
  const cancel = useMutation(CancelChallengeDocument);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fieldErrors = useFieldErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: ['REQUIRED'] });
      return;
    }
    try {
      await cancel({ id: challengeId, reason });
      setErrors({});
      onChange();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, ['reason']) : { '': ['UNKNOWN'] });
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('officer.cancel.title')}</h2>
      <FormErrors errors={errors} />
      <TextArea
        label={t('officer.cancel.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={fieldErrors('reason')}
      />
      <div className="actions">
        <button type="submit" className="secondary">
          {t('officer.cancel.button')}
        </button>
      </div>
    </form>
  );
}
