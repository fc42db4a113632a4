/**
 * Shape checks for attestation answers. Every problem is reported at once, each naming its
 * criterion, so a vendor fixes a whole form in one round trip instead of one error at a time.
 */
import { isIsoCountry } from '@app/core/geo/countries';

import type { CriterionDefinition } from './catalogue';

export interface AnswerInput {
  code: string;
  value: unknown;
  evidence?: string | null;
}

/** Answers keyed by criterion code, once they passed validation (values as submitted). */
export type AnswerMap = Record<string, unknown>;

const MIN_HOLDING_PERCENT = 5;
const MAX_PERCENT = 100;
// Percentages may carry decimals; their binary sums drift (33.3 + 33.3 + 33.4), so totals are
// rounded before they are compared with a limit.
const PERCENT_DECIMALS = 6;

export function validateAnswers(criteria: readonly CriterionDefinition[], answers: readonly AnswerInput[]): string[] {
  const problems: string[] = [];
  const timesAnswered = new Map<string, number>();
  const known = new Map(criteria.map((c) => [c.code, c]));

  answers.forEach((answer, index) => {
    if (typeof answer !== 'object' || answer === null || typeof answer.code !== 'string') {
      problems.push(`answer ${index + 1}: expected {code, value, evidence?} with a string code`);
      return;
    }
    const criterion = known.get(answer.code);
    if (!criterion) {
      problems.push(`${describe(answer.code)} is not a criterion of the catalogue`);
      return;
    }
    const count = (timesAnswered.get(answer.code) ?? 0) + 1;
    timesAnswered.set(answer.code, count);
    // The first answer is checked; later ones only count towards the duplicate message.
    if (count > 1) return;
    problems.push(...validateAnswerValue(criterion, answer.value));
    if (answer.evidence !== undefined && answer.evidence !== null && typeof answer.evidence !== 'string') {
      problems.push(`${criterion.code}: evidence must be text or null`);
    }
  });

  for (const criterion of criteria) {
    const count = timesAnswered.get(criterion.code) ?? 0;
    if (count === 0) problems.push(`${criterion.code}: not answered`);
    if (count > 1) problems.push(`${criterion.code}: answered ${count} times, expected once`);
  }
  return problems;
}

/** Problems with one value for one criterion; empty when the value is well typed. */
export function validateAnswerValue(criterion: CriterionDefinition, value: unknown): string[] {
  const problems = valueProblems(criterion, value);
  return problems.map((problem) => `${criterion.code}: ${problem}`);
}

/** Turns validated answers into the map the tier engine reads. */
export function toAnswerMap(answers: readonly AnswerInput[]): AnswerMap {
  const map: AnswerMap = {};
  for (const answer of answers) map[answer.code] = answer.value;
  return map;
}

/** Sum of holdings' percentages, rounded so that decimal inputs compare as a person expects. */
export function sumPercent(percents: readonly number[]): number {
  const factor = 10 ** PERCENT_DECIMALS;
  return Math.round(percents.reduce((total, p) => total + p, 0) * factor) / factor;
}

function valueProblems(criterion: CriterionDefinition, value: unknown): string[] {
  if (value === undefined) return ['not answered'];
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? [] : [`expected true or false, got ${describe(value)}`];
    case 'COUNTRY':
      return typeof value === 'string' ? countryProblems(value) : [`expected one country code, got ${describe(value)}`];
    case 'COUNTRY_LIST':
      return countryListProblems(value);
    case 'ENUM':
      return enumProblems(value, criterion.options ?? []);
    case 'ENUM_SET':
      return enumSetProblems(value, criterion.options ?? []);
    case 'OWNERSHIP':
      return ownershipProblems(value);
  }
}

function countryProblems(code: string): string[] {
  if (isIsoCountry(code)) return [];
  const hint = isIsoCountry(code.toUpperCase()) ? ` (write it in uppercase: '${code.toUpperCase()}')` : '';
  return [`${describe(code)} is not an ISO 3166-1 alpha-2 country code${hint}`];
}

function countryListProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return [`expected a list of country codes, got ${describe(value)}`];
  const problems: string[] = [];
  value.forEach((item: unknown) => {
    if (typeof item !== 'string') problems.push(`expected a country code, got ${describe(item)}`);
    else problems.push(...countryProblems(item));
  });
  problems.push(...duplicateProblems(value));
  return problems;
}

function enumProblems(value: unknown, options: readonly string[]): string[] {
  if (typeof value === 'string' && options.includes(value)) return [];
  return [`${describe(value)} is not one of ${options.join(', ')}`];
}

function enumSetProblems(value: unknown, options: readonly string[]): string[] {
  if (!Array.isArray(value)) return [`expected a list of options, got ${describe(value)}`];
  const problems: string[] = [];
  value.forEach((item: unknown) => problems.push(...enumProblems(item, options)));
  problems.push(...duplicateProblems(value));
  return problems;
}

function ownershipProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return [`expected a list of {country, percent} holdings, got ${describe(value)}`];
  const problems: string[] = [];
  const percents: number[] = [];
  value.forEach((holding: unknown, index) => {
    const label = `holding ${index + 1}`;
    if (typeof holding !== 'object' || holding === null || Array.isArray(holding)) {
      problems.push(`${label}: expected {country, percent}, got ${describe(holding)}`);
      return;
    }
    const { country, percent, ...extra } = holding as Record<string, unknown>;
    for (const key of Object.keys(extra)) problems.push(`${label}: unexpected key ${describe(key)}`);
    if (typeof country !== 'string') problems.push(`${label}: expected a country code, got ${describe(country)}`);
    else problems.push(...countryProblems(country).map((p) => `${label}: ${p}`));
    if (typeof percent !== 'number' || !Number.isFinite(percent)) {
      problems.push(`${label}: expected a percent number, got ${describe(percent)}`);
    } else if (percent < MIN_HOLDING_PERCENT || percent > MAX_PERCENT) {
      // Holdings under 5 % are not declared at all (the question asks for 5 % or more).
      problems.push(`${label}: ${percent} % is outside ${MIN_HOLDING_PERCENT}..${MAX_PERCENT} %`);
    } else {
      percents.push(percent);
    }
  });
  const total = sumPercent(percents);
  if (total > MAX_PERCENT) problems.push(`holdings total ${total} %, above ${MAX_PERCENT} %`);
  return problems;
}

function duplicateProblems(items: readonly unknown[]): string[] {
  const seen = new Set<unknown>();
  const reported = new Set<unknown>();
  const problems: string[] = [];
  for (const item of items) {
    if (seen.has(item) && !reported.has(item)) {
      problems.push(`${describe(item)} is listed more than once`);
      reported.add(item);
    }
    seen.add(item);
  }
  return problems;
}

const MAX_ECHOED_LENGTH = 40;

/** Renders a submitted value inside a message, cut short so a huge input cannot flood the reply. */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : renderNonString(value);
  return text.length > MAX_ECHOED_LENGTH ? `${text.slice(0, MAX_ECHOED_LENGTH)}…` : text;
}

function renderNonString(value: unknown): string {
  // JSON would print NaN and Infinity as null, hiding what was actually passed.
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Values reach us from JSON, but a direct caller could pass a bigint or a cycle.
    return String(value);
  }
}
