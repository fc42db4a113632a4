import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';

/**
 * Sentences for errorsByField entries, with the officer pages' own checks ("officer.error.x" or
 * "officer.error.x:n" for a numbered row) next to the API's codes and details.
 */
export function useOfficerErrors(errors: Record<string, string[]>) {
  const { t, has } = useI18n();
  return (field: string) =>
    errors[field]?.map((entry) => {
      if (!entry.startsWith('officer.')) return describeError(t, has, entry);
      const [key, n] = entry.split(':');
      return has(key) ? t(key, { n: n ?? '' }) : t('error.UNKNOWN');
    });
}
