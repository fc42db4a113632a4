/**
 * Sovereignty catalogue 2026.1 as data (docs/sovereignty.md, "Catalogue 2026.1").
 * Answers are facts (countries, percentages, levels); whether they fall inside a trusted set is
 * decided by the tier engine, so one attestation can be assessed against any set.
 */

export const CATALOGUE_VERSION = '2026.1';

export type Pillar = 'DATA' | 'OPERATIONAL' | 'TECHNOLOGICAL';

export type AnswerType = 'BOOLEAN' | 'COUNTRY' | 'COUNTRY_LIST' | 'ENUM' | 'ENUM_SET' | 'OWNERSHIP';

export interface CriterionDefinition {
  readonly code: string;
  readonly pillar: Pillar;
  readonly question: string;
  readonly answerType: AnswerType;
  /** ENUM and ENUM_SET only, weakest first: the order is what "≥" in the tier rules compares. */
  readonly options: readonly string[] | null;
}

/** One OWNERSHIP entry: a holding of 5 % or more, looking through the ownership chain. */
export interface Holding {
  readonly country: string;
  readonly percent: number;
}

export const CRITERIA: readonly CriterionDefinition[] = [
  {
    code: 'DS-1',
    pillar: 'DATA',
    question: 'Countries where customer data is stored or processed, backups and disaster recovery included',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'DS-2',
    pillar: 'DATA',
    question: 'Countries where metadata, logs, identities and encryption keys are held',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'DS-3',
    pillar: 'DATA',
    question: 'Who holds the keys that encrypt customer data',
    answerType: 'ENUM',
    options: ['PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'EXTERNAL_HSM', 'CLIENT_SIDE'],
  },
  {
    code: 'DS-4',
    pillar: 'DATA',
    question: 'Countries whose laws can compel disclosure of customer data from you, your parents or sub-processors',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'DS-5',
    pillar: 'DATA',
    question: "You refuse foreign authorities' data requests unless an international agreement applies, and notify the customer",
    answerType: 'BOOLEAN',
    options: null,
  },
  {
    code: 'DS-6',
    pillar: 'DATA',
    question: 'Countries where your sub-processors are established (empty: none)',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'OS-1',
    pillar: 'OPERATIONAL',
    question: 'Country of registered seat and main establishment',
    answerType: 'COUNTRY',
    options: null,
  },
  {
    code: 'OS-2',
    pillar: 'OPERATIONAL',
    question: 'Holdings of 5 % or more, looking through the ownership chain',
    answerType: 'OWNERSHIP',
    options: null,
  },
  {
    code: 'OS-3',
    pillar: 'OPERATIONAL',
    question:
      'Countries of any party with veto, board-appointment or other control rights, or of a government with links to the company (empty: none)',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'OS-4',
    pillar: 'OPERATIONAL',
    question: 'Countries from which privileged administration is performed',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'OS-5',
    pillar: 'OPERATIONAL',
    question: 'Nationalities of staff with privileged access',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'OS-6',
    pillar: 'OPERATIONAL',
    question: 'Highest personnel security clearance of staff on the contract',
    answerType: 'ENUM',
    options: ['NONE', 'BACKGROUND_CHECK', 'NATO_RESTRICTED', 'NATO_CONFIDENTIAL', 'NATO_SECRET', 'COSMIC_TOP_SECRET'],
  },
  {
    code: 'OS-7',
    pillar: 'OPERATIONAL',
    question: 'Facility security clearance',
    answerType: 'ENUM',
    options: ['NONE', 'NATO_CONFIDENTIAL', 'NATO_SECRET', 'COSMIC_TOP_SECRET'],
  },
  {
    code: 'OS-8',
    pillar: 'OPERATIONAL',
    question: 'Countries of any support party or sub-contractor with technical access to customer data (empty: none)',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'OS-9',
    pillar: 'OPERATIONAL',
    question: 'You notify the buyer within 30 days of any change of control, data location or sub-processor',
    answerType: 'BOOLEAN',
    options: null,
  },
  {
    code: 'OS-10',
    pillar: 'OPERATIONAL',
    question: 'Countries where the security operations centre runs',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'TS-1',
    pillar: 'TECHNOLOGICAL',
    question: 'Continuity if a key supplier withdraws or is sanctioned',
    answerType: 'ENUM',
    options: ['NONE', 'CONTRACTUAL', 'TESTED', 'SELF_OPERABLE'],
  },
  {
    code: 'TS-2',
    pillar: 'TECHNOLOGICAL',
    question: 'Disconnected operation',
    answerType: 'ENUM',
    options: ['NONE', 'DAYS', 'MONTHS', 'PERMANENT_AIR_GAP'],
  },
  {
    code: 'TS-3',
    pillar: 'TECHNOLOGICAL',
    question: 'A software bill of materials (SBOM) is provided',
    answerType: 'BOOLEAN',
    options: null,
  },
  {
    code: 'TS-4',
    pillar: 'TECHNOLOGICAL',
    question: 'Countries of origin of single-sourced critical components (empty: none)',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'TS-5',
    pillar: 'TECHNOLOGICAL',
    question: 'Countries where source-code escrow or backups are held (empty: none)',
    answerType: 'COUNTRY_LIST',
    options: null,
  },
  {
    code: 'TS-6',
    pillar: 'TECHNOLOGICAL',
    question: 'Customers can export all data in open, documented formats via non-proprietary APIs',
    answerType: 'BOOLEAN',
    options: null,
  },
  {
    code: 'TS-7',
    pillar: 'TECHNOLOGICAL',
    question: 'Security certifications held',
    answerType: 'ENUM_SET',
    options: [
      'ISO_27001',
      'SOC2',
      'C5',
      'EUCS_BASIC',
      'EUCS_SUBSTANTIAL',
      'EUCS_HIGH',
      'SECNUMCLOUD',
      'FEDRAMP_MODERATE',
      'FEDRAMP_HIGH',
      'DOD_IL5',
      'DOD_IL6',
    ],
  },
];

/** Looks a criterion up by code; throws for a code the catalogue does not define (a programming error). */
export function criterionByCode(code: string): CriterionDefinition {
  const criterion = CRITERIA.find((c) => c.code === code);
  if (!criterion) throw new Error(`${code} is not a criterion of catalogue ${CATALOGUE_VERSION}`);
  return criterion;
}
