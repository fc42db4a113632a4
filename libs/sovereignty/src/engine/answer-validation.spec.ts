import { EU_EEA_T4_ANSWERS, NATO_T4_ANSWERS, toAnswerInputs, withAnswers } from '../../test-support/attestation-fixtures';
import { type AnswerInput, sumPercent, toAnswerMap, validateAnswers } from './answer-validation';
import { CRITERIA } from './catalogue';

function validateWith(changes: Record<string, unknown>): string[] {
  return validateAnswers(CRITERIA, toAnswerInputs(withAnswers(NATO_T4_ANSWERS, changes)));
}

describe('validateAnswers', () => {
  it.each([
    ['NATO', NATO_T4_ANSWERS],
    ['EU_EEA', EU_EEA_T4_ANSWERS],
  ])('accepts the complete %s fixture', (_name, answers) => {
    expect(validateAnswers(CRITERIA, toAnswerInputs(answers))).toEqual([]);
  });

  it('accepts empty lists, empty ownership, the top of every enum, evidence text and null evidence', () => {
    const answers = toAnswerInputs(
      withAnswers(NATO_T4_ANSWERS, {
        'DS-6': [],
        'OS-2': [],
        'TS-7': [],
        'DS-3': 'CLIENT_SIDE',
        'OS-6': 'COSMIC_TOP_SECRET',
      }),
    ).map((answer, index): AnswerInput => ({ ...answer, evidence: index % 2 === 0 ? 'ISO certificate 123' : null }));
    expect(validateAnswers(CRITERIA, answers)).toEqual([]);
  });

  it('accepts decimal holdings that total exactly 100 %', () => {
    const holdings = [33.3, 33.3, 33.4].map((percent, i) => ({ country: ['DE', 'FR', 'US'][i], percent }));
    expect(validateWith({ 'OS-2': holdings })).toEqual([]);
  });

  it('accepts two holders from the same country', () => {
    expect(
      validateWith({
        'OS-2': [
          { country: 'CN', percent: 10 },
          { country: 'CN', percent: 10 },
        ],
      }),
    ).toEqual([]);
  });

  // One bad answer among 23 gives exactly one message, naming the criterion.
  it.each<[string, unknown, string]>([
    ['DS-1', ['DE', 'XX'], "DS-1: 'XX' is not an ISO 3166-1 alpha-2 country code"],
    ['DS-1', ['de'], "DS-1: 'de' is not an ISO 3166-1 alpha-2 country code (write it in uppercase: 'DE')"],
    ['DS-1', ['EU'], "DS-1: 'EU' is not an ISO 3166-1 alpha-2 country code"],
    ['DS-1', [42], 'DS-1: expected a country code, got 42'],
    ['DS-1', 'DE', "DS-1: expected a list of country codes, got 'DE'"],
    ['DS-2', ['DE', 'FR', 'DE'], "DS-2: 'DE' is listed more than once"],
    ['DS-6', null, 'DS-6: expected a list of country codes, got null'],
    ['OS-1', 'XX', "OS-1: 'XX' is not an ISO 3166-1 alpha-2 country code"],
    ['OS-1', ['DE'], 'OS-1: expected one country code, got ["DE"]'],
    ['OS-1', 'fr', "OS-1: 'fr' is not an ISO 3166-1 alpha-2 country code (write it in uppercase: 'FR')"],
    ['DS-3', 'HSM', "DS-3: 'HSM' is not one of PROVIDER_MANAGED, CUSTOMER_MANAGED, EXTERNAL_HSM, CLIENT_SIDE"],
    ['DS-3', 'customer_managed', "DS-3: 'customer_managed' is not one of PROVIDER_MANAGED, CUSTOMER_MANAGED, EXTERNAL_HSM, CLIENT_SIDE"],
    ['OS-7', 2, 'OS-7: 2 is not one of NONE, NATO_CONFIDENTIAL, NATO_SECRET, COSMIC_TOP_SECRET'],
    ['OS-7', 'BACKGROUND_CHECK', "OS-7: 'BACKGROUND_CHECK' is not one of NONE, NATO_CONFIDENTIAL, NATO_SECRET, COSMIC_TOP_SECRET"],
    ['TS-7', 'C5', "TS-7: expected a list of options, got 'C5'"],
    ['TS-7', ['C5', 'C5'], "TS-7: 'C5' is listed more than once"],
    ['TS-7', ['C5', 'ISO_9001'], "TS-7: 'ISO_9001' is not one of"],
    ['DS-5', 'true', "DS-5: expected true or false, got 'true'"],
    ['OS-9', 1, 'OS-9: expected true or false, got 1'],
    ['TS-3', null, 'TS-3: expected true or false, got null'],
    ['OS-2', { country: 'DE', percent: 60 }, 'OS-2: expected a list of {country, percent} holdings'],
    ['OS-2', [null], 'OS-2: holding 1: expected {country, percent}, got null'],
    ['OS-2', [['DE', 60]], 'OS-2: holding 1: expected {country, percent}, got ["DE",60]'],
    ['OS-2', [{ country: 'DE' }], 'OS-2: holding 1: expected a percent number, got undefined'],
    ['OS-2', [{ country: 'DE', percent: '60' }], "OS-2: holding 1: expected a percent number, got '60'"],
    ['OS-2', [{ country: 'DE', percent: Number.NaN }], 'OS-2: holding 1: expected a percent number, got NaN'],
    ['OS-2', [{ country: 'DE', percent: Infinity }], 'OS-2: holding 1: expected a percent number, got Infinity'],
    ['OS-2', [{ country: 'DE', percent: 4.99 }], 'OS-2: holding 1: 4.99 % is outside 5..100 %'],
    ['OS-2', [{ country: 'DE', percent: 100.5 }], 'OS-2: holding 1: 100.5 % is outside 5..100 %'],
    [
      'OS-2',
      [
        { country: 'DE', percent: 50 },
        { country: 'XX', percent: 5 },
      ],
      "OS-2: holding 2: 'XX' is not an ISO 3166-1",
    ],
    ['OS-2', [{ percent: 50 }], 'OS-2: holding 1: expected a country code, got undefined'],
    ['OS-2', [{ country: 'DE', percent: 50, name: 'Acme' }], "OS-2: holding 1: unexpected key 'name'"],
    [
      'OS-2',
      [
        { country: 'DE', percent: 60 },
        { country: 'US', percent: 45 },
      ],
      'OS-2: holdings total 105 %, above 100 %',
    ],
    ['TS-5', undefined, 'TS-5: not answered'],
  ])('%s = %p gives exactly one message', (code, value, message) => {
    const problems = validateWith({ [code]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(problems[0].startsWith(`${code}: `)).toBe(true);
  });

  it('reports an answer given twice once, naming the criterion', () => {
    const answers = [...toAnswerInputs(NATO_T4_ANSWERS), { code: 'DS-4', value: ['DE'] }];
    expect(validateAnswers(CRITERIA, answers)).toEqual(['DS-4: answered 2 times, expected once']);
  });

  it('reports an unknown criterion', () => {
    const answers = [...toAnswerInputs(NATO_T4_ANSWERS), { code: 'DS-99', value: true }];
    expect(validateAnswers(CRITERIA, answers)).toEqual(["'DS-99' is not a criterion of the catalogue"]);
  });

  it('reports an entry that is not an answer', () => {
    const answers = [...toAnswerInputs(NATO_T4_ANSWERS), null, { code: 7, value: true }] as unknown as AnswerInput[];
    expect(validateAnswers(CRITERIA, answers)).toEqual([
      'answer 24: expected {code, value, evidence?} with a string code',
      'answer 25: expected {code, value, evidence?} with a string code',
    ]);
  });

  it('reports evidence that is not text', () => {
    const answers = toAnswerInputs(NATO_T4_ANSWERS).map((a) => (a.code === 'TS-3' ? { ...a, evidence: 42 } : a));
    expect(validateAnswers(CRITERIA, answers as AnswerInput[])).toEqual(['TS-3: evidence must be text or null']);
  });

  it('reports every problem at once', () => {
    const answers: AnswerInput[] = [
      ...toAnswerInputs(withAnswers(NATO_T4_ANSWERS, { 'DS-1': ['XX', 'CN', 'CN'], 'OS-6': 'TOP', 'TS-3': undefined })),
      { code: 'OS-9', value: false },
      { code: 'ZZ-1', value: 1 },
    ];
    expect(validateAnswers(CRITERIA, answers)).toEqual([
      "DS-1: 'XX' is not an ISO 3166-1 alpha-2 country code",
      "DS-1: 'CN' is listed more than once",
      "OS-6: 'TOP' is not one of NONE, BACKGROUND_CHECK, NATO_RESTRICTED, NATO_CONFIDENTIAL, NATO_SECRET, COSMIC_TOP_SECRET",
      "'ZZ-1' is not a criterion of the catalogue",
      'OS-9: answered 2 times, expected once',
      'TS-3: not answered',
    ]);
  });

  it('reports every criterion of an empty attestation as unanswered', () => {
    expect(validateAnswers(CRITERIA, [])).toEqual(CRITERIA.map((c) => `${c.code}: not answered`));
  });

  it('cuts long submitted values short in messages', () => {
    const [problem] = validateWith({ 'OS-1': 'Z'.repeat(10_000) });
    expect(problem.length).toBeLessThan(120);
    expect(problem).toContain('…');
  });
});

describe('toAnswerMap', () => {
  it('keys the values by criterion code', () => {
    expect(toAnswerMap(toAnswerInputs(NATO_T4_ANSWERS))).toEqual(NATO_T4_ANSWERS);
  });
});

describe('sumPercent', () => {
  it('adds decimal percentages without binary drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumPercent([0.1, 0.2])).toBe(0.3);
    expect(sumPercent([13.1, 12.9, 13])).toBe(39);
    expect(sumPercent([])).toBe(0);
  });
});
