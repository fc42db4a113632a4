/**
 * Turns an attestation's answers into a sovereignty tier for one trusted jurisdiction set (TJS),
 * plus the gaps that stand between it and the next tier (docs/sovereignty.md, "Tiers").
 * As in the EU Cloud Sovereignty Framework, the weakest rule decides: a tier holds only when its
 * rules and every rule below it hold, and strength elsewhere never compensates.
 */
import { TRUSTED_SET_LABELS, TRUSTED_SETS, type TrustedJurisdiction } from '@app/core/geo/countries';

import { type AnswerMap, sumPercent, validateAnswerValue } from './answer-validation';
import { CRITERIA, criterionByCode, type Holding } from './catalogue';

export const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierGap {
  /** The criterion the failed rule reads, or ATTESTATION_STATUS_CODE for the status rule of T0. */
  code: string;
  /** The tier this failure blocks. */
  tier: Tier;
  reason: string;
}

export interface TierAssessment {
  /** Highest tier whose rules and all lower rules hold; null when not even T0 holds. */
  tier: Tier | null;
  /** Failed rules of the next tier up; empty at T4. */
  gaps: TierGap[];
}

export interface AttestationStatusInput {
  /** ACTIVE and not expired; the caller knows the status and the clock, the engine does not. */
  active: boolean;
}

/** Gap code for T0's status rule, which reads the attestation's lifecycle rather than a criterion. */
export const ATTESTATION_STATUS_CODE = 'ATTESTATION';

/** What a rule may read: the answers, and the trusted set they are judged against. */
export interface RuleContext {
  readonly answers: AnswerMap;
  readonly tjs: ReadonlySet<string>;
  /** The set's name as a person reads it: "outside NATO", "non-EU/EEA holdings". */
  readonly tjsLabel: string;
  readonly active: boolean;
}

export interface TierRule {
  readonly tier: Tier;
  readonly code: string;
  /** The rule as docs/sovereignty.md writes it, for documentation and tests. */
  readonly requirement: string;
  readonly check: (context: RuleContext) => boolean;
  /** Why the rule fails, naming the criterion and the offending facts; only called when check fails. */
  readonly reason: (context: RuleContext) => string;
}

const NON_EMPTY = { nonEmpty: true } as const;
// Certifications that audit sovereignty or high assurance; ISO 27001, SOC 2, EUCS basic and FedRAMP moderate do not.
const T2_CERTIFICATIONS = ['C5', 'EUCS_SUBSTANTIAL', 'EUCS_HIGH', 'SECNUMCLOUD', 'FEDRAMP_HIGH', 'DOD_IL5', 'DOD_IL6'];

/** The whole rule set, one entry per rule, tier by tier as docs/sovereignty.md lists it. */
export const TIER_RULES: readonly TierRule[] = [
  // T0 Commercial (PUBLIC)
  ...CRITERIA.map((criterion) => answeredWellTyped(criterion.code)),
  attestationActive(),

  // T1 Resident (NATO_UNCLASSIFIED)
  countriesWithinTjs('T1', 'DS-1', NON_EMPTY),
  countriesWithinTjs('T1', 'DS-2', NON_EMPTY),
  countryWithinTjs('T1', 'OS-1'),
  optionAtLeast('T1', 'DS-3', 'CUSTOMER_MANAGED'),
  isTrue('T1', 'DS-5'),
  isTrue('T1', 'TS-6'),

  // T2 Jurisdictionally isolated (NATO_RESTRICTED)
  countriesWithinTjs('T2', 'DS-4'),
  countriesWithinTjs('T2', 'DS-6'),
  countriesWithinTjs('T2', 'OS-3'),
  countriesWithinTjs('T2', 'OS-4'),
  countriesWithinTjs('T2', 'OS-8'),
  countriesWithinTjs('T2', 'OS-10'),
  // SecNumCloud 3.2 §19: non-trusted holdings at most 24 % single and 39 % together.
  nonTjsHoldingsAtMost('T2', { single: 24, total: 39 }),
  optionAtLeast('T2', 'DS-3', 'EXTERNAL_HSM'),
  isTrue('T2', 'OS-9'),
  optionAtLeast('T2', 'TS-1', 'TESTED'),
  holdsOneOf('T2', 'TS-7', T2_CERTIFICATIONS),

  // T3 Classified private (NATO_CONFIDENTIAL)
  countriesWithinTjs('T3', 'OS-5', NON_EMPTY),
  optionAtLeast('T3', 'OS-6', 'NATO_CONFIDENTIAL'),
  optionAtLeast('T3', 'OS-7', 'NATO_CONFIDENTIAL'),
  optionAtLeast('T3', 'TS-2', 'MONTHS'),
  isTrue('T3', 'TS-3'),
  countriesWithinTjs('T3', 'TS-4'),

  // T4 Air-gapped (NATO_SECRET, COSMIC_TOP_SECRET)
  nonTjsHoldingsAtMost('T4', { total: 0 }),
  optionAtLeast('T4', 'OS-6', 'NATO_SECRET'),
  optionAtLeast('T4', 'OS-7', 'NATO_SECRET'),
  optionIs('T4', 'TS-2', 'PERMANENT_AIR_GAP'),
  countriesWithinTjs('T4', 'TS-5', NON_EMPTY),
];

export function assessTier(
  answers: AnswerMap,
  trusted: TrustedJurisdiction,
  status: AttestationStatusInput = { active: true },
): TierAssessment {
  let reached: Tier | null = null;
  for (const tier of TIERS) {
    const gaps = failedTierRules(tier, answers, trusted, status);
    if (gaps.length > 0) return { tier: reached, gaps };
    reached = tier;
  }
  return { tier: reached, gaps: [] };
}

/**
 * The failed rules of one tier on its own, without looking at the tiers below. A rule above T0
 * whose criterion has no well-typed answer fails with that reason instead of reading the value.
 */
export function failedTierRules(
  tier: Tier,
  answers: AnswerMap,
  trusted: TrustedJurisdiction,
  status: AttestationStatusInput = { active: true },
): TierGap[] {
  const context: RuleContext = {
    answers,
    tjs: TRUSTED_SETS[trusted],
    tjsLabel: TRUSTED_SET_LABELS[trusted],
    active: status.active,
  };
  const gaps: TierGap[] = [];
  for (const rule of TIER_RULES) {
    if (rule.tier !== tier) continue;
    if (rule.tier !== 'T0' && !isWellTyped(rule.code, answers)) {
      gaps.push({ code: rule.code, tier, reason: `${rule.code} has no well-typed answer` });
    } else if (!rule.check(context)) {
      gaps.push({ code: rule.code, tier, reason: rule.reason(context) });
    }
  }
  return gaps;
}

/** Whether a vendor's tier (null: none) reaches a challenge's required tier. */
export function tierAtLeast(tier: Tier | null, required: Tier): boolean {
  return tier !== null && TIERS.indexOf(tier) >= TIERS.indexOf(required);
}

// ---- rule builders: each returns one table entry; value casts are safe because failedTierRules
// ---- only runs a rule above T0 once its criterion's answer is well typed.

function answeredWellTyped(code: string): TierRule {
  return {
    tier: 'T0',
    code,
    requirement: `${code} answered with a well-typed value`,
    check: ({ answers }) => isWellTyped(code, answers),
    reason: ({ answers }) => validateAnswerValue(criterionByCode(code), answers[code]).join('; '),
  };
}

function attestationActive(): TierRule {
  return {
    tier: 'T0',
    code: ATTESTATION_STATUS_CODE,
    requirement: 'attestation ACTIVE and not expired',
    check: ({ active }) => active,
    reason: () => 'the attestation is not ACTIVE or has expired',
  };
}

function countriesWithinTjs(tier: Tier, code: string, options: { nonEmpty?: boolean } = {}): TierRule {
  const outside = (context: RuleContext) => countriesOf(context, code).filter((c) => !context.tjs.has(c));
  const missing = (context: RuleContext) => options.nonEmpty === true && countriesOf(context, code).length === 0;
  return {
    tier,
    code,
    requirement: `${code} ⊆ TJS${options.nonEmpty ? ' and non-empty' : ''}`,
    check: (context) => outside(context).length === 0 && !missing(context),
    reason: (context) => {
      if (missing(context)) return `${code} is empty, needs at least one country in ${context.tjsLabel}`;
      return `${code} lists ${outside(context).join(', ')}, outside ${context.tjsLabel}`;
    },
  };
}

function countryWithinTjs(tier: Tier, code: string): TierRule {
  return {
    tier,
    code,
    requirement: `${code} ∈ TJS`,
    check: (context) => context.tjs.has(context.answers[code] as string),
    reason: (context) => `${code} is ${context.answers[code] as string}, outside ${context.tjsLabel}`,
  };
}

function optionAtLeast(tier: Tier, code: string, minimum: string): TierRule {
  assertOption(code, minimum);
  return {
    tier,
    code,
    requirement: `${code} ≥ ${minimum}`,
    check: ({ answers }) => optionRank(code, answers[code] as string) >= optionRank(code, minimum),
    reason: ({ answers }) => `${code} is ${answers[code] as string}, needs ${minimum} or higher`,
  };
}

function optionIs(tier: Tier, code: string, required: string): TierRule {
  assertOption(code, required);
  return {
    tier,
    code,
    requirement: `${code} = ${required}`,
    check: ({ answers }) => answers[code] === required,
    reason: ({ answers }) => `${code} is ${answers[code] as string}, needs ${required}`,
  };
}

function isTrue(tier: Tier, code: string): TierRule {
  return {
    tier,
    code,
    requirement: `${code} true`,
    check: ({ answers }) => answers[code] === true,
    reason: () => `${code} is false, needs true`,
  };
}

function holdsOneOf(tier: Tier, code: string, accepted: readonly string[]): TierRule {
  for (const option of accepted) assertOption(code, option);
  return {
    tier,
    code,
    requirement: `${code} holds one of ${accepted.join(', ')}`,
    check: ({ answers }) => (answers[code] as string[]).some((held) => accepted.includes(held)),
    reason: ({ answers }) => {
      const held = answers[code] as string[];
      const holds = held.length > 0 ? `holds ${held.join(', ')}` : 'holds none';
      return `${code} ${holds}, needs one of ${accepted.join(', ')}`;
    },
  };
}

/**
 * Ownership rules read OS-2 (holdings of 5 % or more). "Non-TJS single" is the largest holding
 * whose country is outside the TJS, "non-TJS total" their sum; holdings are per holder, so two
 * holders from the same country stay two holdings.
 */
function nonTjsHoldingsAtMost(tier: Tier, limits: { single?: number; total: number }): TierRule {
  const code = 'OS-2';
  const nonTjs = (context: RuleContext) => (context.answers[code] as Holding[]).filter((holding) => !context.tjs.has(holding.country));
  const largest = (context: RuleContext) =>
    nonTjs(context).reduce<Holding | null>((max, h) => (max === null || h.percent > max.percent ? h : max), null);
  const total = (context: RuleContext) => sumPercent(nonTjs(context).map((h) => h.percent));
  const singleTooLarge = (context: RuleContext) => limits.single !== undefined && (largest(context)?.percent ?? 0) > limits.single;
  const totalTooLarge = (context: RuleContext) => total(context) > limits.total;

  const requirement =
    limits.single === undefined ? `non-TJS total = ${limits.total} %` : `non-TJS single ≤ ${limits.single} % and total ≤ ${limits.total} %`;
  return {
    tier,
    code,
    requirement,
    check: (context) => !singleTooLarge(context) && !totalTooLarge(context),
    reason: (context) => {
      const problems: string[] = [];
      const biggest = largest(context);
      if (singleTooLarge(context) && biggest) {
        problems.push(`largest non-${context.tjsLabel} holding is ${biggest.percent} % (${biggest.country}), above ${limits.single} %`);
      }
      if (totalTooLarge(context)) {
        const limit = limits.total === 0 ? 'needs 0 %' : `above ${limits.total} %`;
        problems.push(`non-${context.tjsLabel} holdings total ${total(context)} %, ${limit}`);
      }
      return `${code}: ${problems.join('; ')}`;
    },
  };
}

function isWellTyped(code: string, answers: AnswerMap): boolean {
  return validateAnswerValue(criterionByCode(code), answers[code]).length === 0;
}

function countriesOf(context: RuleContext, code: string): readonly string[] {
  return context.answers[code] as string[];
}

/** Position in the catalogue's weakest-first list: what "≥" compares. */
function optionRank(code: string, option: string): number {
  return (criterionByCode(code).options ?? []).indexOf(option);
}

/** Throws at load time for an option the catalogue does not define, so a typo in the table cannot silently never match. */
function assertOption(code: string, option: string): void {
  if (optionRank(code, option) < 0) throw new Error(`${option} is not an option of ${code}`);
}
