import { badInput } from '../errors/app-error';
import { isUuid } from '../ids';

// Keyset cursors, apart from PageArgs (api.ts): the query services that read pages are loaded by the
// worker too, which must not pull @nestjs/graphql and class-validator for a base64url helper.

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * A (timestamp, uuid) keyset cursor, or BAD_USER_INPUT: a tampered cursor must never reach
 * PostgreSQL as a malformed uuid or timestamp (that was an INTERNAL_SERVER_ERROR).
 */
export function decodeTimeIdCursor(cursor: string, argument = 'after'): { at: string; id: string } {
  const [at, id, ...rest] = decodeCursor(cursor) ?? [];
  if (
    typeof at !== 'string' ||
    !ISO_TIMESTAMP.test(at) ||
    Number.isNaN(Date.parse(at)) ||
    typeof id !== 'string' ||
    !isUuid(id) ||
    rest.length
  )
    throw badInput(`${argument} is not a cursor from this list`);
  return { at, id };
}

export const encodeCursor = (parts: unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');
export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parts) ? parts : null;
  } catch {
    return null;
  }
}
