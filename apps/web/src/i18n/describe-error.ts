import type { Translate } from './i18n';
import type { MessageKey } from './messages.en';

/** Turns an entry of errorsByField (a code, or BAD_USER_INPUT:<detail>) into a sentence. */
export function describeError(t: Translate, has: (key: string) => key is MessageKey, entry: string): string {
  if (entry.startsWith('BAD_USER_INPUT:')) return t('error.badInputDetail', { detail: entry.slice('BAD_USER_INPUT:'.length) });
  const key = `error.${entry}`;
  return has(key) ? t(key) : t('error.UNKNOWN');
}
