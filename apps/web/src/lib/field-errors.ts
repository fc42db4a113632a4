import type { ApiError } from './graphql-client';

/** "OS-1: …" concerns OS-1, not OS-10: the field name must end where a word ends. */
function startsWithField(detail: string, field: string): boolean {
  const escaped = field.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(`^(input\\.)?${escaped}(?![\\w-])`, 'i').test(detail);
}

/**
 * Places each problem of a refused operation next to the field it concerns. Validation problems
 * start with the input path ("input.email must be an email"), domain refusals name the field in
 * their text; `byCode` pins codes that always concern one field, with a more precise sentence if given
 * (CONFLICT on register: the email is taken).
 * Whatever matches no field goes under '' (shown above the form).
 */
export function errorsByField(
  error: ApiError,
  fields: readonly string[],
  byCode: Record<string, { field: string; entry?: string }> = {},
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, text: string) => (out[field] ??= []).push(text);
  for (const problem of error.problems) {
    const pinned = byCode[problem.code];
    if (pinned) {
      add(pinned.field, pinned.entry ?? problem.code);
      continue;
    }
    const details = Array.isArray(problem.extensions.problems) ? (problem.extensions.problems as string[]) : [problem.message];
    for (const detail of details) {
      const field = fields.find((f) => startsWithField(detail, f));
      add(field ?? '', problem.code === 'BAD_USER_INPUT' ? `BAD_USER_INPUT:${detail}` : problem.code);
    }
  }
  return out;
}
