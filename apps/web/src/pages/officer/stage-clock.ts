import type { Translate } from '../../i18n/i18n';

export const STAGES = ['published', 'closed', 'screened', 'assigned', 'scored', 'ranked', 'awarded'] as const;
export type Stage = (typeof STAGES)[number];

/** Each stage with when it finished and how long it took since the one before (null while not reached). */
export function stageClock(at: Record<Stage, string | null | undefined>): { stage: Stage; at: string | null; tookMs: number | null }[] {
  return STAGES.map((stage, i) => {
    const here = at[stage] ?? null;
    const before = i > 0 ? (at[STAGES[i - 1]] ?? null) : null;
    return { stage, at: here, tookMs: here && before ? Math.max(0, Date.parse(here) - Date.parse(before)) : null };
  });
}

/** A duration in the largest unit that keeps it readable: 42 s, 7 min, 3 h, 2 d. */
export function formatDuration(t: Translate, ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return t('officer.duration.s', { n: s });
  const min = Math.round(s / 60);
  if (min < 120) return t('officer.duration.min', { n: min });
  const h = Math.round(min / 60);
  if (h < 48) return t('officer.duration.h', { n: h });
  return t('officer.duration.d', { n: Math.round(h / 24) });
}
