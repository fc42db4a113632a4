import { createHash } from 'crypto';

/** A fixed statement text's prepared-statement name (per text, so no two texts ever share one). */
const names = new Map<string, string>();
/**
 * Texts built per call (a visibility predicate, a filter's conditions) are few: each combination of
 * conditions gives one text, whatever its values. Beyond this many, a text runs unnamed, so a
 * stream of distinct texts can never make every pooled connection keep a plan for each.
 */
const MAX_NAMED = 200;

/**
 * The name under which a hot statement is prepared on each pooled connection: PostgreSQL parses
 * and plans it once per connection instead of on every request, and pg sends its text once. Names
 * are derived from the text, so the same text always maps to the same name on every connection.
 */
export function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) names.set(sql, (name = `sg_${createHash('sha1').update(sql).digest('hex')}`));
  return name;
}
