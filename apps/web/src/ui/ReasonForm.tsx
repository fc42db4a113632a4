import { type FormEvent, useState } from 'react';

import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { ApiError } from '../lib/graphql-client';
import { TextArea } from './Field';

/**
 * A decision that needs a written reason (declare a conflict, reject, terminate, challenge): the
 * reason is required here already, and the API's refusal is shown next to the field.
 */
export function ReasonForm({
  label,
  hint,
  submitLabel,
  onSubmit,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  onSubmit(reason: string): Promise<unknown>;
}) {
  const { t, has } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(describeError(t, has, 'REQUIRED'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      setError(null);
      setReason('');
    } catch (e) {
      const problem = e instanceof ApiError ? e.problems[0] : undefined;
      setError(
        describeError(t, has, problem?.code === 'BAD_USER_INPUT' ? `BAD_USER_INPUT:${problem.message}` : (problem?.code ?? 'UNKNOWN')),
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <TextArea label={label} hint={hint} value={reason} onChange={(e) => setReason(e.target.value)} errors={error ? [error] : undefined} />
      <button type="submit" className="secondary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
