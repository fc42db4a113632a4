/**
 * The rules a challenge's terms must satisfy (docs/product.md "Challenge lifecycle", docs/sovereignty.md
 * "Tiers"), as a pure function returning every problem so the officer fixes them all in one go.
 */
import { type ClassificationName, CLASSIFICATIONS, isIso4217Currency } from '@app/core';

import { TIER_FOR_CLASSIFICATION, TIER_NAMES, type TierName } from '../solicitations.types';

export interface ChallengeTerms {
  /** Checked when given (create and update): it must not be blank once trimmed. */
  title?: string;
  classification: ClassificationName;
  requiredTier: TierName;
  budget: { amountMinor: number; currency: string };
  maxContractValue: { amountMinor: number; currency: string };
  maxAwards: number;
  submissionDeadline: Date;
  questionsDeadline: Date | null;
  evaluatorsPerSubmission: number;
  standstillDays: number;
  criteria: readonly { name: string; weight: number }[];
  /** Optional: when evaluators' scores are due; after the submission deadline. */
  scoringDeadline?: Date | null;
}

export const DEFAULTS = { evaluatorsPerSubmission: 3, standstillDays: 10, blindEvaluation: false } as const;

const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

export function challengeTermsProblems(terms: ChallengeTerms, maxClassification: ClassificationName): string[] {
  const problems: string[] = [];

  if (terms.title !== undefined && !terms.title.trim()) problems.push('title must not be blank');
  if (terms.scoringDeadline && terms.scoringDeadline <= terms.submissionDeadline)
    problems.push('scoringDeadline must be after submissionDeadline');
  if (terms.criteria.length === 0) problems.push('at least one evaluation criterion is required');
  terms.criteria.forEach((criterion, i) => {
    if (!criterion.name.trim()) problems.push(`criterion ${i + 1} name must not be blank`);
    if (!inRange(criterion.weight, 1, 100))
      problems.push(`criterion ${i + 1} (${criterion.name}) weight must be an integer of at least 1 (got ${criterion.weight})`);
  });
  const total = terms.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (terms.criteria.length > 0 && total !== 100) problems.push(`criteria weights must sum to 100 (got ${total})`);
  const names = terms.criteria.map((c) => c.name.trim().toLowerCase());
  if (new Set(names).size !== names.length) problems.push('criteria names must be distinct');

  const { budget, maxContractValue } = terms;
  for (const [label, amount] of [
    ['budget', budget],
    ['maxContractValue', maxContractValue],
  ] as const) {
    if (!isIso4217Currency(amount.currency))
      problems.push(`${label} currency must be an ISO 4217 currency code such as EUR (got "${amount.currency}")`);
    if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0)
      problems.push(`${label} must be a positive integer amount in minor units (got ${amount.amountMinor})`);
  }
  if (budget.currency !== maxContractValue.currency)
    problems.push(`budget and maxContractValue must be in one currency (got ${budget.currency} and ${maxContractValue.currency})`);
  else if (maxContractValue.amountMinor > budget.amountMinor)
    problems.push(`maxContractValue (${maxContractValue.amountMinor}) must not exceed the budget (${budget.amountMinor})`);

  if (!inRange(terms.maxAwards, 1, 1000)) problems.push(`maxAwards must be at least 1 (got ${terms.maxAwards})`);
  if (!inRange(terms.evaluatorsPerSubmission, 1, 10))
    problems.push(`evaluatorsPerSubmission must be 1..10 (got ${terms.evaluatorsPerSubmission})`);
  if (!inRange(terms.standstillDays, 0, 60)) problems.push(`standstillDays must be 0..60 (got ${terms.standstillDays})`);

  if (terms.questionsDeadline && terms.questionsDeadline.getTime() >= terms.submissionDeadline.getTime()) {
    problems.push('questionsDeadline must be before submissionDeadline');
  }

  const demanded = TIER_FOR_CLASSIFICATION[terms.classification];
  if (demanded && TIER_NAMES.indexOf(terms.requiredTier) < TIER_NAMES.indexOf(demanded)) {
    problems.push(`requiredTier ${terms.requiredTier} is below ${demanded}, the tier ${terms.classification} demands`);
  }
  if (CLASSIFICATIONS.indexOf(terms.classification) > CLASSIFICATIONS.indexOf(maxClassification)) {
    problems.push(`classification ${terms.classification} is above ${maxClassification}, the highest this platform is accredited for`);
  }
  return problems;
}

/** Tags are matched exactly: stored trimmed, lower-cased and without duplicates. */
export const normaliseTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
