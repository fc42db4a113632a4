import fc from 'fast-check';
import { types } from 'pg';

import { parseTimestamptz, TIMESTAMPTZ_OID } from './timestamptz-parser';

// pg's own parser (postgres-date) as pg-types registers it; the module under test keeps the same
// one as its fallback, taken before anything replaces it.
const original: (text: string) => Date | number | null = types.getTypeParser(TIMESTAMPTZ_OID, 'text');
const same = (text: string) => {
  const expected = original(text);
  const actual = parseTimestamptz(text);
  if (expected instanceof Date && actual instanceof Date) return Object.is(expected.getTime(), actual.getTime());
  return Object.is(expected, actual);
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL sends as pg does', () => {
    for (const text of [
      '2026-12-02 00:42:09.001+00',
      '2026-12-02 00:42:09+00',
      '2026-12-02 00:42:09.123456+00',
      '2026-12-02 00:42:09.5+01',
      '2026-12-02 00:42:09.5-05',
      '2026-12-02 00:42:09.999999+05:30',
      '2026-12-02 00:42:09-09:30',
      '1970-01-01 00:00:00+00',
      '2000-02-29 23:59:59.999+14',
      '9999-12-31 23:59:59.999999-12',
    ])
      expect(same(text)).toBe(true);
    expect((parseTimestamptz('2026-12-02 00:42:09.001+00') as Date).toISOString()).toBe('2026-12-02T00:42:09.001Z');
    expect((parseTimestamptz('2026-12-02 05:42:09+05:30') as Date).toISOString()).toBe('2026-12-02T00:12:09.000Z');
  });

  it('leaves every other shape to pg', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '0099-01-01 00:00:00+00',
      '12026-01-01 00:00:00+00',
      '2026-12-02 00:42:09+05:30:15',
      '2026-12-02 00:42:09.+00',
      '2026-12-02 00:42:09Z',
      '2026-12-02',
      '2026-12-02T00:42:09+00',
      '',
    ])
      expect(same(text)).toBe(true);
  });

  it('gives the same instant as pg for any timestamp in the fast shape (property)', () => {
    const shape = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        fraction: fc.option(fc.stringMatching(/^[0-9]{1,6}$/)),
        sign: fc.constantFrom('+', '-'),
        zoneHours: fc.integer({ min: 0, max: 15 }),
        zoneMinutes: fc.option(fc.constantFrom(0, 15, 30, 45)),
      })
      .map(
        (t) =>
          `${t.year}-${pad(t.month, 2)}-${pad(t.day, 2)} ${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
          `${t.fraction === null ? '' : `.${t.fraction}`}${t.sign}${pad(t.zoneHours, 2)}${t.zoneMinutes === null ? '' : `:${pad(t.zoneMinutes, 2)}`}`,
      );
    fc.assert(
      fc.property(shape, (text) => same(text)),
      { numRuns: 5000, seed: 1184 },
    );
  });

  it('agrees with pg on every millisecond fraction of up to six digits', () => {
    // The fraction is the only arithmetic the two do differently in appearance; check all of them.
    for (let micros = 0; micros < 1_000_000; micros += 7) {
      const text = `2026-12-02 00:42:09.${pad(micros, 6)}+00`;
      if (!same(text)) throw new Error(`differs on ${text}`);
    }
  });

  it('is what pg uses once the data source options are built', async () => {
    const { dataSourceOptions } = await import('./data-source-options');
    dataSourceOptions('postgres://localhost/none');
    expect(types.getTypeParser(TIMESTAMPTZ_OID, 'text')).toBe(parseTimestamptz);
  });
});
