import type { Translate } from '../../i18n/i18n';
import { formatDuration, stageClock } from './stage-clock';

const t: Translate = (key, params) => `${key}:${params?.n}`;

describe('stage clock of a sprint', () => {
  it('times each reached stage from the one before, and nothing after a gap', () => {
    const rows = stageClock({
      published: '2026-12-01T10:00:00.000Z',
      closed: '2026-12-01T10:05:00.000Z',
      screened: '2026-12-01T10:05:02.500Z',
      assigned: null,
      scored: undefined,
      ranked: null,
      awarded: null,
    });
    expect(rows.map((r) => [r.stage, r.tookMs])).toEqual([
      ['published', null],
      ['closed', 300_000],
      ['screened', 2_500],
      ['assigned', null],
      ['scored', null],
      ['ranked', null],
      ['awarded', null],
    ]);
  });

  it('says a duration in the largest readable unit', () => {
    expect(formatDuration(t, 2_500)).toBe('officer.duration.s:3');
    expect(formatDuration(t, 300_000)).toBe('officer.duration.min:5');
    expect(formatDuration(t, 5 * 3_600_000)).toBe('officer.duration.h:5');
    expect(formatDuration(t, 3 * 86_400_000)).toBe('officer.duration.d:3');
  });
});
