import type { CreateChallengeInput, UpdateChallengeInput } from '../../gql/graphql';
import { fromMinorUnits, toMinorUnits } from '../bid/milestone-plan';

/** One evaluation criterion as typed; the API checks that the weights sum to 100. */
export interface CriterionRow {
  name: string;
  description: string;
  weight: string;
}

/** The authoring form as typed: text for numbers, money and dates until they are sent. */
export interface ChallengeFormValues {
  title: string;
  problemStatement: string;
  tags: string;
  classification: string;
  requiredTier: string;
  trustedJurisdiction: string;
  smeOnly: boolean;
  currency: string;
  budget: string;
  maxContractValue: string;
  maxAwards: string;
  evaluatorsPerSubmission: string;
  blindEvaluation: boolean;
  standstillDays: string;
  submissionDeadline: string;
  questionsDeadline: string;
  scoringDeadline: string;
  criteria: CriterionRow[];
}

/** The names the API uses in its messages, so each problem lands next to its field. */
export const CHALLENGE_FIELDS = [
  'title',
  'problemStatement',
  'tags',
  'classification',
  'requiredTier',
  'trustedJurisdiction',
  'smeOnly',
  'budget',
  'maxContractValue',
  'maxAwards',
  'evaluatorsPerSubmission',
  'blindEvaluation',
  'standstillDays',
  'submissionDeadline',
  'questionsDeadline',
  'scoringDeadline',
  'criteria',
  'criterion',
] as const;

export const EMPTY_CHALLENGE: ChallengeFormValues = {
  title: '',
  problemStatement: '',
  tags: '',
  classification: 'PUBLIC',
  requiredTier: 'T0',
  trustedJurisdiction: 'NATO',
  smeOnly: false,
  currency: 'EUR',
  budget: '',
  maxContractValue: '',
  maxAwards: '1',
  evaluatorsPerSubmission: '2',
  blindEvaluation: false,
  standstillDays: '10',
  submissionDeadline: '',
  questionsDeadline: '',
  scoringDeadline: '',
  criteria: [{ name: '', description: '', weight: '100' }],
};

export const weightTotal = (rows: CriterionRow[]): number => rows.reduce((sum, r) => sum + (Number(r.weight) || 0), 0);

export const fractionDigits = (currency: string): number => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
};

/** A datetime-local value (the browser's own time zone) to an ISO instant; '' stays unset. */
export function toInstant(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant to a datetime-local value in the browser's time zone, to the second. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const whole = (typed: string): number | null => (/^\d+$/.test(typed.trim()) ? Number(typed) : null);

/**
 * What the browser can tell before asking the API: missing text, numbers that are not numbers.
 * Everything about the rules (weights, deadlines, tier against classification) is the API's to say.
 */
export function formProblems(v: ChallengeFormValues): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const digits = fractionDigits(v.currency);
  if (!v.title.trim()) problems.title = ['REQUIRED'];
  if (!v.problemStatement.trim()) problems.problemStatement = ['REQUIRED'];
  if (toMinorUnits(v.budget, digits) === null) problems.budget = ['PRICE_FORMAT'];
  if (toMinorUnits(v.maxContractValue, digits) === null) problems.maxContractValue = ['PRICE_FORMAT'];
  for (const field of ['maxAwards', 'evaluatorsPerSubmission', 'standstillDays'] as const)
    if (whole(v[field]) === null) problems[field] = ['officer.error.wholeNumber'];
  if (!toInstant(v.submissionDeadline)) problems.submissionDeadline = ['REQUIRED'];
  v.criteria.forEach((c, i) => {
    if (!c.name.trim() || whole(c.weight) === null) (problems.criteria ??= []).push(`officer.error.criterionRow:${i + 1}`);
  });
  return problems;
}

const money = (typed: string, currency: string) => ({ amountMinor: toMinorUnits(typed, fractionDigits(currency)) ?? 0, currency });
const tagList = (typed: string) =>
  typed
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
const criteriaInput = (rows: CriterionRow[]) =>
  rows.map((c) => ({ name: c.name.trim(), description: c.description.trim(), weight: Number(c.weight) }));

export function toCreateInput(v: ChallengeFormValues): CreateChallengeInput {
  return {
    title: v.title.trim(),
    problemStatement: v.problemStatement.trim(),
    tags: tagList(v.tags),
    classification: v.classification as CreateChallengeInput['classification'],
    requiredTier: v.requiredTier as CreateChallengeInput['requiredTier'],
    trustedJurisdiction: v.trustedJurisdiction as CreateChallengeInput['trustedJurisdiction'],
    smeOnly: v.smeOnly,
    budget: money(v.budget, v.currency),
    maxContractValue: money(v.maxContractValue, v.currency),
    maxAwards: Number(v.maxAwards),
    evaluatorsPerSubmission: Number(v.evaluatorsPerSubmission),
    blindEvaluation: v.blindEvaluation,
    standstillDays: Number(v.standstillDays),
    // formProblems refuses an empty deadline before this is called.
    submissionDeadline: toInstant(v.submissionDeadline) ?? '',
    questionsDeadline: toInstant(v.questionsDeadline),
    scoringDeadline: toInstant(v.scoringDeadline),
    criteria: criteriaInput(v.criteria),
  };
}

/** A draft's update carries only what the API lets a draft change after creation. */
export function toUpdateInput(v: ChallengeFormValues): UpdateChallengeInput {
  const create = toCreateInput(v);
  return {
    title: create.title,
    problemStatement: create.problemStatement,
    tags: create.tags,
    budget: create.budget,
    maxContractValue: create.maxContractValue,
    maxAwards: create.maxAwards,
    submissionDeadline: create.submissionDeadline,
    questionsDeadline: create.questionsDeadline,
    criteria: create.criteria,
  };
}

/** Fields fixed once the draft exists (the update input does not carry them). */
export const FIXED_AFTER_CREATE: readonly (keyof ChallengeFormValues)[] = [
  'classification',
  'requiredTier',
  'trustedJurisdiction',
  'smeOnly',
  'currency',
  'evaluatorsPerSubmission',
  'blindEvaluation',
  'standstillDays',
  'scoringDeadline',
];

export function fromChallenge(c: {
  title: string;
  problemStatement: string;
  tags: string[];
  classification: string;
  requiredTier: string;
  trustedJurisdiction: string;
  smeOnly: boolean;
  budget: { amountMinor: number; currency: string };
  maxContractValue: { amountMinor: number; currency: string };
  maxAwards: number;
  evaluatorsPerSubmission: number;
  blindEvaluation: boolean;
  standstillDays: number;
  submissionDeadline: string;
  questionsDeadline?: string | null;
  scoringDeadline?: string | null;
  criteria: { name: string; description: string; weight: number }[];
}): ChallengeFormValues {
  const digits = fractionDigits(c.budget.currency);
  return {
    title: c.title,
    problemStatement: c.problemStatement,
    tags: c.tags.join(', '),
    classification: c.classification,
    requiredTier: c.requiredTier,
    trustedJurisdiction: c.trustedJurisdiction,
    smeOnly: c.smeOnly,
    currency: c.budget.currency,
    budget: fromMinorUnits(c.budget.amountMinor, digits),
    maxContractValue: fromMinorUnits(c.maxContractValue.amountMinor, digits),
    maxAwards: String(c.maxAwards),
    evaluatorsPerSubmission: String(c.evaluatorsPerSubmission),
    blindEvaluation: c.blindEvaluation,
    standstillDays: String(c.standstillDays),
    submissionDeadline: toLocalInput(c.submissionDeadline),
    questionsDeadline: toLocalInput(c.questionsDeadline),
    scoringDeadline: toLocalInput(c.scoringDeadline),
    criteria: c.criteria.map((k) => ({ name: k.name, description: k.description, weight: String(k.weight) })),
  };
}
