import { types } from 'pg';

/** OID of PostgreSQL's `timestamptz`, the only timestamp type the schema uses. */
export const TIMESTAMPTZ_OID = 1184;

/** pg's own parser (postgres-date), taken before installTimestamptzParser replaces it. */
const parsePostgresDate: (text: string) => Date | number | null = types.getTypeParser(TIMESTAMPTZ_OID, 'text');

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigit = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
};
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * `timestamptz` text as pg's own parser (postgres-date) reads it, with a fast path for the shape
 * PostgreSQL sends in ISO DateStyle: `YYYY-MM-DD HH:MM:SS[.fraction]±HH[:MM]`, four-digit years
 * (1000–9999), no BC. A page of challenges carries a few hundred of them, and postgres-date runs
 * three regular expressions and several parseInt per value, about a tenth of the API's CPU on
 * that read. Anything else (BC, infinity, other widths, a session time zone with seconds) goes to
 * postgres-date. The fraction is read as postgres-date reads it (1000 × parseFloat, truncated by
 * Date.UTC), so both give the same instant; timestamptz-parser.spec.ts holds them equal.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const n = text.length;
  if (n < 22 || !fixedParts(text)) return parsePostgresDate(text);
  let end = 19; // after SS
  if (text.charCodeAt(19) === 46 /* . */) {
    end = 20;
    while (end < n && isDigit(text, end)) end++;
    if (end === 20) return parsePostgresDate(text);
  }
  const zoneLength = n - end;
  const sign = text.charCodeAt(end);
  if ((sign !== 43 /* + */ && sign !== 45) /* - */ || (zoneLength !== 3 && zoneLength !== 6)) return parsePostgresDate(text);
  if (!isDigit(text, end + 1) || !isDigit(text, end + 2)) return parsePostgresDate(text);
  let offsetMinutes = twoDigits(text, end + 1) * 60;
  if (zoneLength === 6) {
    if (text.charCodeAt(end + 3) !== 58 /* : */ || !isDigit(text, end + 4) || !isDigit(text, end + 5)) return parsePostgresDate(text);
    offsetMinutes += twoDigits(text, end + 4);
  }
  const ms = end > 19 ? 1000 * parseFloat(text.slice(19, end)) : 0;
  const utc = Date.UTC(
    digit(text, 0) * 1000 + digit(text, 1) * 100 + twoDigits(text, 2),
    twoDigits(text, 5) - 1,
    twoDigits(text, 8),
    twoDigits(text, 11),
    twoDigits(text, 14),
    twoDigits(text, 17),
    ms,
  );
  return new Date(utc - (sign === 45 ? -1 : 1) * offsetMinutes * 60_000);
}

/** Where `YYYY-MM-DD HH:MM:SS` has its digits. */
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/** `YYYY-MM-DD HH:MM:SS` with a year from 1000. */
function fixedParts(text: string): boolean {
  for (const at of DIGIT_POSITIONS) if (!isDigit(text, at)) return false;
  return (
    text.charCodeAt(0) !== 48 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58
  );
}

/**
 * Makes pg read every `timestamptz` with parseTimestamptz, in this process (API, worker, tests and
 * CLI alike, from the data source's options): TypeORM takes pg's Date as it comes.
 */
export function installTimestamptzParser(): void {
  types.setTypeParser(TIMESTAMPTZ_OID, 'text', parseTimestamptz);
}
