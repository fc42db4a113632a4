/**
 * The console's own message catalogues, so browser tests find controls by the words a person
 * reads in either language (and fail when a label disappears from a catalogue).
 */
import { en, type MessageKey } from '../../apps/web/src/i18n/messages.en';
import { fr } from '../../apps/web/src/i18n/messages.fr';

export type Locale = 'en' | 'fr';
export type Messages = (key: MessageKey, params?: Record<string, string | number>) => string;

export function messages(locale: Locale): Messages {
  const catalogue: Record<MessageKey, string> = locale === 'fr' ? fr : en;
  return (key, params) => catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

/** Exact text as a RegExp (labels may carry other text around them, e.g. "Tier T4"). */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
export const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
