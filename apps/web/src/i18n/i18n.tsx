import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { en, type MessageKey } from './messages.en';
import { fr } from './messages.fr';

export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, fr };
const STORAGE_KEY = 'sg.locale';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  /** Dates and times in the user's own time zone (the browser's), in the chosen language. */
  formatDateTime(iso: string): string;
  formatDate(iso: string): string;
  /** Money arrives in integer minor units (docs/product.md); Intl adds the currency's own decimals. */
  formatMoney(money: { amountMinor: number; currency: string }): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** Known message keys for dynamic codes (error codes, statuses), so unknown ones fall back. */
  has(key: string): key is MessageKey;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const messages = CATALOGUES[locale];
    const dateTime = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return {
      locale,
      setLocale,
      t: (key, params) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatDate: (iso) => date.format(new Date(iso)),
      formatMoney: ({ amountMinor, currency }) => {
        const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
        return format.format(amountMinor / 10 ** digits);
      },
      formatNumber: (n, options) => new Intl.NumberFormat(locale, options).format(n),
      has: (key): key is MessageKey => key in messages,
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
