import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { Alert } from './Feedback';

/** Turns errorsByField entries into sentences; the '' entry (no field) is shown above the form. */
export function useFieldErrors(errors: Record<string, string[]>) {
  const { t, has } = useI18n();
  return (field: string) => errors[field]?.map((entry) => describeError(t, has, entry));
}

export function FormErrors({ errors }: { errors: Record<string, string[]> }) {
  const sentences = useFieldErrors(errors)('');
  const { t } = useI18n();
  const fieldCount = Object.keys(errors).filter((k) => k !== '').length;
  if (!sentences?.length && !fieldCount) return null;
  return (
    <Alert>
      {sentences?.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {fieldCount ? <p>{t('form.fixFields')}</p> : null}
    </Alert>
  );
}
