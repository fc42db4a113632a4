import { type FormEvent, useState } from 'react';

import type { AmendChallengeInput, OfficerChallengeQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { TextArea, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { toInstant, toLocalInput } from './challenge-form';
import { AmendChallengeDocument } from './officer-documents';

type Challenge = NonNullable<OfficerChallengeQuery['challenge']>;
const FIELDS = ['problemStatement', 'submissionDeadline', 'questionsDeadline', 'scoringDeadline', 'reason', 'the amendment'];

/** A published challenge's amendable terms; only what changed is sent, with the reason bidders will read. */
export function AmendChallenge({ challenge, onChange }: { challenge: Challenge; onChange(): void }) {
  const { t } = useI18n();
  const amend = useMutation(AmendChallengeDocument);
  const [problemStatement, setProblemStatement] = useState(challenge.problemStatement);
  const [submissionDeadline, setSubmissionDeadline] = useState(toLocalInput(challenge.submissionDeadline));
  const [questionsDeadline, setQuestionsDeadline] = useState(toLocalInput(challenge.questionsDeadline));
  const [scoringDeadline, setScoringDeadline] = useState(toLocalInput(challenge.scoringDeadline));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const fieldErrors = useFieldErrors(errors);

  function changes(): AmendChallengeInput {
    const input: AmendChallengeInput = {};
    if (problemStatement !== challenge.problemStatement) input.problemStatement = problemStatement;
    if (submissionDeadline !== toLocalInput(challenge.submissionDeadline)) input.submissionDeadline = toInstant(submissionDeadline);
    if (questionsDeadline !== toLocalInput(challenge.questionsDeadline)) input.questionsDeadline = toInstant(questionsDeadline);
    if (scoringDeadline !== toLocalInput(challenge.scoringDeadline)) input.scoringDeadline = toInstant(scoringDeadline);
    return input;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!reason.trim()) {
      setErrors({ reason: ['REQUIRED'] });
      return;
    }
    try {
      await amend({ id: challenge.id, input: changes(), reason });
      setErrors({});
      setReason('');
      setDone(true);
      onChange();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, FIELDS) : { '': ['UNKNOWN'] });
    }
  }

  const dateTime = { type: 'datetime-local', step: 1 };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="amend-heading">
      <h2 id="amend-heading">{t('officer.amend.title')}</h2>
      <p className="hint">{t('officer.amend.intro')}</p>
      {done ? <Alert kind="success">{t('officer.amend.done')}</Alert> : null}
      <FormErrors errors={{ ...errors, '': [...(errors[''] ?? []), ...(errors['the amendment'] ?? [])] }} />
      <TextArea
        label={t('officer.field.problemStatement')}
        value={problemStatement}
        onChange={(e) => setProblemStatement(e.target.value)}
        errors={fieldErrors('problemStatement')}
      />
      <TextField
        label={t('officer.field.submissionDeadline')}
        value={submissionDeadline}
        onChange={(e) => setSubmissionDeadline(e.target.value)}
        errors={fieldErrors('submissionDeadline')}
        {...dateTime}
      />
      <TextField
        label={t('officer.field.questionsDeadline')}
        value={questionsDeadline}
        onChange={(e) => setQuestionsDeadline(e.target.value)}
        errors={fieldErrors('questionsDeadline')}
        {...dateTime}
      />
      <TextField
        label={t('officer.field.scoringDeadline')}
        value={scoringDeadline}
        onChange={(e) => setScoringDeadline(e.target.value)}
        errors={fieldErrors('scoringDeadline')}
        {...dateTime}
      />
      <TextArea
        label={t('officer.amend.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={fieldErrors('reason')}
      />
      <div className="actions">
        <button type="submit">{t('officer.amend.button')}</button>
      </div>
    </form>
  );
}
