import { inputTextProblems, jsonDepthExceeds, MAX_INPUT_DEPTH } from './input-text-rules';

describe('input text rules', () => {
  it('refuses NUL and other C0 controls anywhere, naming the path', () => {
    expect(inputTextProblems('a\u0000b', 'search')).toEqual(['search must not contain control characters or line breaks']);
    expect(inputTextProblems({ criteria: [{ name: 'ok' }, { name: 'x\u0007' }] }, 'input')).toEqual([
      'input.criteria[1].name must not contain control characters or line breaks',
    ]);
    expect(inputTextProblems({ description: 'x\u001B[31m' }, 'input')).toEqual(['input.description must not contain control characters']);
    expect(inputTextProblems(['\u007F'], 'tags')).toHaveLength(1);
  });

  it('refuses a lone UTF-16 surrogate (not storable as UTF-8), keeps paired ones', () => {
    expect(inputTextProblems('\ud800', 'email')).toEqual(['email must be valid Unicode text']);
    expect(inputTextProblems('drone \ud83d\ude81', 'summary')).toEqual([]);
  });

  it('allows newline, carriage return and tab in long text only', () => {
    expect(inputTextProblems({ problemStatement: 'line 1\r\nline 2\tindented' }, 'input')).toEqual([]);
    expect(inputTextProblems('Why:\nbecause', 'reason')).toEqual([]);
    expect(inputTextProblems({ title: 'two\nlines' }, 'input')).toEqual(['input.title must not contain control characters or line breaks']);
    expect(inputTextProblems('a@b.c\n', 'email')).toHaveLength(1);
  });

  it('refuses bidi overrides in names and titles, not in long text', () => {
    expect(inputTextProblems({ organisationName: 'Acme \u202Eevil' }, 'input')).toEqual([
      'input.organisationName must not contain bidirectional override characters',
    ]);
    expect(inputTextProblems({ title: '\u2066x\u2069' }, 'input')).toHaveLength(1);
    expect(inputTextProblems({ description: 'Arabic quote \u2067…\u2069' }, 'input')).toEqual([]);
    expect(inputTextProblems({ name: 'Zoë Ølberg 李' }, 'input')).toEqual([]);
  });

  it('checks object keys and bounds nesting', () => {
    expect(inputTextProblems({ value: { 'k\u0000': 1 } }, 'answers')).toEqual(['answers.value has a key with control characters']);
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i++) deep = [deep];
    expect(inputTextProblems(deep, 'value')[0]).toMatch(/nested more than 32 levels/);
  });

  it('measures JSON depth without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(jsonDepthExceeds(deep, 64)).toBe(true);
    expect(jsonDepthExceeds({ a: [{ b: 1 }] }, 64)).toBe(false);
  });
});
