/**
 * One rule for every string a client sends (docs/architecture.md, input validation), applied to
 * every resolver argument before any service or PostgreSQL sees it:
 * - no C0 control character (U+0000–U+001F) or DEL anywhere, except tab, newline and carriage
 *   return in long free-text fields (a NUL byte made PostgreSQL fail: INTERNAL_SERVER_ERROR);
 * - no bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) in names and titles,
 *   where they can make a name display as something else ("Trojan Source" spoofing);
 * - object keys follow the same rule, and nesting is bounded (MAX_INPUT_DEPTH).
 */
export const MAX_INPUT_DEPTH = 32;

/** Free-text fields where line breaks and tabs belong. Every other string is single-line. */
const MULTI_LINE_FIELDS = new Set([
  'answer',
  'description',
  'evidence',
  'justification',
  'problemStatement',
  'rationale',
  'reason',
  'summary',
  'technicalApproach',
  'text',
]);

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

const isNameField = (field: string) => field === 'title' || /name$/i.test(field);

function stringProblem(value: string, field: string, path: string): string | null {
  // A lone UTF-16 surrogate cannot be stored as UTF-8 (PostgreSQL would refuse it mid-transaction).
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return `${path} must be valid Unicode text`;
  const control = MULTI_LINE_FIELDS.has(field) ? CONTROL : CONTROL_OR_LINE_BREAK;
  if (control.test(value)) return `${path} must not contain control characters${MULTI_LINE_FIELDS.has(field) ? '' : ' or line breaks'}`;
  if (isNameField(field) && BIDI_CONTROL.test(value)) return `${path} must not contain bidirectional override characters`;
  return null;
}

/**
 * Every problem in an argument value (empty when acceptable). `field` is the argument's name; inside
 * objects the nearest key names the field, so `input.title` is checked as a title.
 */
export function inputTextProblems(value: unknown, field: string): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, key: string, path: string, depth: number) => {
    if (problems.length >= 10) return;
    if (typeof node === 'string') {
      const problem = stringProblem(node, key, path);
      if (problem) problems.push(problem);
      return;
    }
    if (node === null || typeof node !== 'object' || node instanceof Date) return;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push(`${path} is nested more than ${MAX_INPUT_DEPTH} levels deep`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, key, `${path}[${i}]`, depth + 1));
      return;
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (CONTROL_OR_LINE_BREAK.test(childKey) || BIDI_CONTROL.test(childKey)) problems.push(`${path} has a key with control characters`);
      else visit(child, childKey, `${path}.${childKey}`, depth + 1);
    }
  };
  visit(value, field, field, 0);
  return problems;
}

/** Depth of a parsed JSON value, computed without recursion (a 100,000-deep body cannot overflow the stack). */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
