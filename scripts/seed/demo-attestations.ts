/**
 * Demo vendors' sovereignty answers (facts, not verdicts), chosen so the three vendors land on
 * different tiers for NATO: Baltic Drone Works T4, Nordic Sensor Fusion T2, Iberian Secure Cloud T1
 * (its Indian sub-processor blocks T2) — so the explorer shows tiers and gaps side by side.
 */
import type { AnswerMap } from '@app/sovereignty';

const base: AnswerMap = {
  'DS-1': ['EE', 'DE'],
  'DS-2': ['EE'],
  'DS-3': 'EXTERNAL_HSM',
  'DS-4': ['EE'],
  'DS-5': true,
  'DS-6': [],
  'OS-1': 'EE',
  'OS-2': [
    { country: 'EE', percent: 80 },
    { country: 'FI', percent: 20 },
  ],
  'OS-3': [],
  'OS-4': ['EE'],
  'OS-5': ['EE', 'LV'],
  'OS-6': 'NATO_SECRET',
  'OS-7': 'NATO_SECRET',
  'OS-8': [],
  'OS-9': true,
  'OS-10': ['EE'],
  'TS-1': 'SELF_OPERABLE',
  'TS-2': 'PERMANENT_AIR_GAP',
  'TS-3': true,
  'TS-4': ['DE'],
  'TS-5': ['EE'],
  'TS-6': true,
  'TS-7': ['ISO_27001', 'EUCS_HIGH'],
};

export const DEMO_ATTESTATIONS: Record<string, AnswerMap> = {
  'vendor1@demo.sprintgate.eu': base,
  'vendor2@demo.sprintgate.eu': {
    ...base,
    'DS-1': ['NO', 'SE'],
    'DS-2': ['NO'],
    'DS-4': ['NO', 'US'],
    'OS-1': 'NO',
    'OS-2': [{ country: 'NO', percent: 100 }],
    'OS-4': ['NO'],
    'OS-5': ['NO', 'SE'],
    'OS-6': 'BACKGROUND_CHECK',
    'OS-7': 'NONE',
    'OS-10': ['NO'],
    'TS-1': 'TESTED',
    'TS-2': 'DAYS',
    'TS-5': [],
    'TS-7': ['ISO_27001', 'C5'],
  },
  'vendor3@demo.sprintgate.eu': {
    ...base,
    'DS-1': ['ES', 'PT'],
    'DS-2': ['ES'],
    'DS-3': 'CUSTOMER_MANAGED',
    'DS-4': ['ES', 'US'],
    'DS-6': ['IN'],
    'OS-1': 'ES',
    'OS-2': [
      { country: 'ES', percent: 70 },
      { country: 'US', percent: 30 },
    ],
    'OS-4': ['ES'],
    'OS-5': ['ES'],
    'OS-6': 'NONE',
    'OS-7': 'NONE',
    'OS-10': ['ES'],
    'TS-1': 'CONTRACTUAL',
    'TS-2': 'NONE',
    'TS-3': false,
    'TS-5': [],
    'TS-7': ['ISO_27001'],
  },
};
