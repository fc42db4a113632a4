/**
 * Form state for one answer and its conversion to the API's JSON value (docs/sovereignty.md):
 * BOOLEAN true/false, COUNTRY "DE", COUNTRY_LIST ["DE"], ENUM "X", ENUM_SET ["X"],
 * OWNERSHIP [{ country, percent }]. An unanswered criterion is `undefined`.
 */
export type AnswerType = 'BOOLEAN' | 'COUNTRY' | 'COUNTRY_LIST' | 'ENUM' | 'ENUM_SET' | 'OWNERSHIP';
export interface Holding {
  country: string;
  percent: string;
}
export type AnswerDraft = boolean | string | string[] | Holding[] | undefined;

export function draftFromValue(type: AnswerType, value: unknown): AnswerDraft {
  if (value === undefined || value === null) return type === 'COUNTRY_LIST' || type === 'ENUM_SET' || type === 'OWNERSHIP' ? [] : undefined;
  if (type === 'OWNERSHIP')
    return (value as { country: string; percent: number }[]).map((h) => ({ country: h.country, percent: String(h.percent) }));
  return value as AnswerDraft;
}

export function valueFromDraft(type: AnswerType, draft: AnswerDraft): unknown {
  if (type === 'OWNERSHIP')
    return ((draft as Holding[] | undefined) ?? []).map((h) => ({ country: h.country, percent: Number(h.percent) }));
  if (type === 'COUNTRY_LIST' || type === 'ENUM_SET') return draft ?? [];
  return draft;
}

/** Unanswered means no choice made; an empty list is an answer ("none"). */
export function isAnswered(type: AnswerType, draft: AnswerDraft): boolean {
  if (type === 'BOOLEAN') return typeof draft === 'boolean';
  if (type === 'COUNTRY' || type === 'ENUM') return typeof draft === 'string' && draft !== '';
  return Array.isArray(draft);
}

export function ownershipTotal(holdings: Holding[]): number {
  return holdings.reduce((sum, h) => sum + (Number(h.percent) || 0), 0);
}

/** ENUM option codes as words: EXTERNAL_HSM → External HSM (acronyms kept). */
export function optionLabel(option: string): string {
  return option
    .split('_')
    .map((word, i) =>
      /^[A-Z0-9]{2,4}$/.test(word) && !['NONE', 'DAYS', 'HIGH', 'BASIC'].includes(word)
        ? word
        : i === 0
          ? word[0] + word.slice(1).toLowerCase()
          : word.toLowerCase(),
    )
    .join(' ');
}
