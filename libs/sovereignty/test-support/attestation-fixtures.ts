/**
 * Test fixtures: attestations that reach T4 and sit exactly on every threshold, so that weakening
 * any one answer by a single step breaks exactly one rule. Used by the engine's specs only (not
 * exported from index.ts).
 * Each fixture names countries that belong to its own trusted set but not to the other one
 * (US, GB, TR for NATO; AT, IE, LI for the EU/EEA), so the trusted set visibly matters.
 */
import type { TrustedJurisdiction } from '@app/core/geo/countries';

import type { AnswerInput, AnswerMap } from '../src/engine/answer-validation';

export const NATO_T4_ANSWERS: AnswerMap = {
  'DS-1': ['DE', 'US'],
  'DS-2': ['US'],
  'DS-3': 'EXTERNAL_HSM',
  'DS-4': ['US', 'GB'],
  'DS-5': true,
  'DS-6': ['TR'],
  'OS-1': 'US',
  'OS-2': [
    { country: 'US', percent: 60 },
    { country: 'DE', percent: 20 },
  ],
  'OS-3': [],
  'OS-4': ['GB'],
  'OS-5': ['US', 'FR'],
  'OS-6': 'NATO_SECRET',
  'OS-7': 'NATO_SECRET',
  'OS-8': [],
  'OS-9': true,
  'OS-10': ['CA'],
  'TS-1': 'TESTED',
  'TS-2': 'PERMANENT_AIR_GAP',
  'TS-3': true,
  'TS-4': ['US'],
  'TS-5': ['GB'],
  'TS-6': true,
  'TS-7': ['ISO_27001', 'FEDRAMP_HIGH'],
};

export const EU_EEA_T4_ANSWERS: AnswerMap = {
  'DS-1': ['DE', 'AT'],
  'DS-2': ['IE'],
  'DS-3': 'EXTERNAL_HSM',
  'DS-4': ['AT', 'IE'],
  'DS-5': true,
  'DS-6': ['CY'],
  'OS-1': 'AT',
  'OS-2': [
    { country: 'AT', percent: 60 },
    { country: 'LI', percent: 20 },
  ],
  'OS-3': [],
  'OS-4': ['IE'],
  'OS-5': ['AT', 'MT'],
  'OS-6': 'NATO_SECRET',
  'OS-7': 'NATO_SECRET',
  'OS-8': [],
  'OS-9': true,
  'OS-10': ['NO'],
  'TS-1': 'TESTED',
  'TS-2': 'PERMANENT_AIR_GAP',
  'TS-3': true,
  'TS-4': ['AT'],
  'TS-5': ['LI'],
  'TS-6': true,
  'TS-7': ['SOC2', 'SECNUMCLOUD'],
};

export const T4_ANSWERS: Record<TrustedJurisdiction, AnswerMap> = {
  NATO: NATO_T4_ANSWERS,
  EU_EEA: EU_EEA_T4_ANSWERS,
};

/** A country outside the given set but inside the other one. */
export const OUTSIDER: Record<TrustedJurisdiction, string> = { NATO: 'AT', EU_EEA: 'US' };

export function toAnswerInputs(answers: AnswerMap): AnswerInput[] {
  return Object.entries(answers).map(([code, value]) => ({ code, value }));
}

/** A copy of the answers with some replaced (undefined removes the answer). */
export function withAnswers(answers: AnswerMap, changes: AnswerMap): AnswerMap {
  const copy: AnswerMap = { ...answers, ...changes };
  for (const [code, value] of Object.entries(changes)) if (value === undefined) delete copy[code];
  return copy;
}
