import { TRUSTED_JURISDICTIONS, type TrustedJurisdiction } from '@app/core/geo/countries';

import { EU_EEA_T4_ANSWERS, NATO_T4_ANSWERS, OUTSIDER, T4_ANSWERS, withAnswers } from '../../test-support/attestation-fixtures';
import type { AnswerMap } from './answer-validation';
import { CRITERIA } from './catalogue';
import { assessTier, ATTESTATION_STATUS_CODE, failedTierRules, type Tier, TIER_RULES, tierAtLeast, TIERS } from './tier-engine';

/** One way of breaking one rule: the answer it changes, from the T4 fixture of the trusted set. */
interface RuleBreak {
  tier: Exclude<Tier, 'T0'>;
  code: string;
  how: string;
  value: (fixture: AnswerMap, outsider: string) => unknown;
  /** Words the gap's reason must contain ({outsider} and {label} are filled in). */
  reasonContains: string;
}

const listPlus = (code: string) => (fixture: AnswerMap, outsider: string) => [...(fixture[code] as string[]), outsider];
const outsideCountry = (code: string, tier: RuleBreak['tier']): RuleBreak => ({
  tier,
  code,
  how: 'adds a country outside the TJS',
  value: listPlus(code),
  reasonContains: `${code} lists {outsider}, outside {label}`,
});
const emptied = (code: string, tier: RuleBreak['tier']): RuleBreak => ({
  tier,
  code,
  how: 'is empty',
  value: () => [],
  reasonContains: `${code} is empty, needs at least one country in {label}`,
});
const setTo = (code: string, tier: RuleBreak['tier'], value: unknown, reasonContains: string): RuleBreak => ({
  tier,
  code,
  how: `is ${JSON.stringify(value)}`,
  value: () => value,
  reasonContains,
});
const holdings =
  (...entries: [string, number][]) =>
  (fixture: AnswerMap, outsider: string) =>
    entries.map(([country, percent]) => ({ country: country === '{outsider}' ? outsider : country, percent }));

// Every rule above T0, broken alone, from a fixture that reaches T4 and sits on every threshold.
const RULE_BREAKS: RuleBreak[] = [
  outsideCountry('DS-1', 'T1'),
  emptied('DS-1', 'T1'),
  outsideCountry('DS-2', 'T1'),
  emptied('DS-2', 'T1'),
  {
    tier: 'T1',
    code: 'OS-1',
    how: 'is outside the TJS',
    value: (_f, outsider) => outsider,
    reasonContains: 'OS-1 is {outsider}, outside {label}',
  },
  setTo('DS-3', 'T1', 'PROVIDER_MANAGED', 'DS-3 is PROVIDER_MANAGED, needs CUSTOMER_MANAGED or higher'),
  setTo('DS-5', 'T1', false, 'DS-5 is false, needs true'),
  setTo('TS-6', 'T1', false, 'TS-6 is false, needs true'),

  outsideCountry('DS-4', 'T2'),
  outsideCountry('DS-6', 'T2'),
  outsideCountry('OS-3', 'T2'),
  outsideCountry('OS-4', 'T2'),
  outsideCountry('OS-8', 'T2'),
  outsideCountry('OS-10', 'T2'),
  {
    tier: 'T2',
    code: 'OS-2',
    how: 'has a non-TJS single holding of 25 %',
    value: holdings(['DE', 50], ['{outsider}', 25]),
    reasonContains: 'OS-2: largest non-{label} holding is 25 % ({outsider}), above 24 %',
  },
  {
    tier: 'T2',
    code: 'OS-2',
    how: 'has non-TJS holdings totalling 40 %',
    value: holdings(['DE', 50], ['{outsider}', 20], ['CN', 20]),
    reasonContains: 'OS-2: non-{label} holdings total 40 %, above 39 %',
  },
  setTo('DS-3', 'T2', 'CUSTOMER_MANAGED', 'DS-3 is CUSTOMER_MANAGED, needs EXTERNAL_HSM or higher'),
  setTo('OS-9', 'T2', false, 'OS-9 is false, needs true'),
  setTo('TS-1', 'T2', 'CONTRACTUAL', 'TS-1 is CONTRACTUAL, needs TESTED or higher'),
  setTo(
    'TS-7',
    'T2',
    ['ISO_27001', 'SOC2', 'EUCS_BASIC', 'FEDRAMP_MODERATE'],
    'TS-7 holds ISO_27001, SOC2, EUCS_BASIC, FEDRAMP_MODERATE, needs one of C5, EUCS_SUBSTANTIAL',
  ),
  setTo('TS-7', 'T2', [], 'TS-7 holds none, needs one of C5'),

  outsideCountry('OS-5', 'T3'),
  emptied('OS-5', 'T3'),
  setTo('OS-6', 'T3', 'NATO_RESTRICTED', 'OS-6 is NATO_RESTRICTED, needs NATO_CONFIDENTIAL or higher'),
  setTo('OS-7', 'T3', 'NONE', 'OS-7 is NONE, needs NATO_CONFIDENTIAL or higher'),
  setTo('TS-2', 'T3', 'DAYS', 'TS-2 is DAYS, needs MONTHS or higher'),
  setTo('TS-3', 'T3', false, 'TS-3 is false, needs true'),
  outsideCountry('TS-4', 'T3'),

  {
    tier: 'T4',
    code: 'OS-2',
    how: 'has a 5 % non-TJS holding',
    value: holdings(['DE', 50], ['{outsider}', 5]),
    reasonContains: 'OS-2: non-{label} holdings total 5 %, needs 0 %',
  },
  setTo('OS-6', 'T4', 'NATO_CONFIDENTIAL', 'OS-6 is NATO_CONFIDENTIAL, needs NATO_SECRET or higher'),
  setTo('OS-7', 'T4', 'NATO_CONFIDENTIAL', 'OS-7 is NATO_CONFIDENTIAL, needs NATO_SECRET or higher'),
  setTo('TS-2', 'T4', 'MONTHS', 'TS-2 is MONTHS, needs PERMANENT_AIR_GAP'),
  outsideCountry('TS-5', 'T4'),
  emptied('TS-5', 'T4'),
];

const LABEL: Record<TrustedJurisdiction, string> = { NATO: 'NATO', EU_EEA: 'EU/EEA' };
const tierBelow = (tier: Tier): Tier | null => TIERS[TIERS.indexOf(tier) - 1] ?? null;

describe.each(TRUSTED_JURISDICTIONS)('assessTier against %s', (trusted) => {
  const fixture = T4_ANSWERS[trusted];
  const outsider = OUTSIDER[trusted];

  it('gives the fixture T4 and no gaps', () => {
    expect(assessTier(fixture, trusted)).toEqual({ tier: 'T4', gaps: [] });
  });

  describe.each(RULE_BREAKS)('$tier rule on $code broken alone ($how)', (ruleBreak) => {
    const answers = withAnswers(fixture, { [ruleBreak.code]: ruleBreak.value(fixture, outsider) });
    const assessment = assessTier(answers, trusted);

    it(`drops the tier to exactly the tier below`, () => {
      expect(assessment.tier).toBe(tierBelow(ruleBreak.tier));
    });

    it('reports exactly one gap, naming the criterion and the facts', () => {
      expect(assessment.gaps).toHaveLength(1);
      const [gap] = assessment.gaps;
      expect(gap.code).toBe(ruleBreak.code);
      expect(gap.tier).toBe(ruleBreak.tier);
      expect(gap.reason).toContain(ruleBreak.reasonContains.replaceAll('{outsider}', outsider).replaceAll('{label}', LABEL[trusted]));
    });
  });

  describe.each(CRITERIA.map((c) => c.code))('T0 rule on %s', (code) => {
    it('fails when the criterion is not answered', () => {
      expect(assessTier(withAnswers(fixture, { [code]: undefined }), trusted)).toEqual({
        tier: null,
        gaps: [{ code, tier: 'T0', reason: `${code}: not answered` }],
      });
    });

    it('fails when the answer is ill-typed', () => {
      const { tier, gaps } = assessTier(withAnswers(fixture, { [code]: { not: 'an answer' } }), trusted);
      expect(tier).toBeNull();
      expect(gaps).toEqual([{ code, tier: 'T0', reason: expect.stringMatching(new RegExp(`^${code}: `)) }]);
    });
  });

  it('T0 rule on the attestation status fails when it is not ACTIVE or expired', () => {
    expect(assessTier(fixture, trusted, { active: false })).toEqual({
      tier: null,
      gaps: [{ code: ATTESTATION_STATUS_CODE, tier: 'T0', reason: 'the attestation is not ACTIVE or has expired' }],
    });
  });

  it('holds at the ownership limits: single 24 %, total 39 %, decimals included', () => {
    const atLimits = [
      { country: outsider, percent: 24 },
      { country: 'CN', percent: 15 },
    ];
    expect(assessTier(withAnswers(fixture, { 'OS-2': atLimits }), trusted).tier).toBe('T3');
    const decimals = [13.1, 12.9, 13].map((percent) => ({ country: 'CN', percent }));
    expect(assessTier(withAnswers(fixture, { 'OS-2': decimals }), trusted).tier).toBe('T3');
    const justAbove = [{ country: 'CN', percent: 24.5 }];
    expect(assessTier(withAnswers(fixture, { 'OS-2': justAbove }), trusted).tier).toBe('T1');
  });

  it('counts holders from the same country separately for the single limit', () => {
    const twoHolders = [
      { country: 'CN', percent: 20 },
      { country: 'CN', percent: 15 },
    ];
    expect(assessTier(withAnswers(fixture, { 'OS-2': twoHolders }), trusted).tier).toBe('T3');
  });

  it('ignores holdings inside the TJS, however large', () => {
    const owned = [{ country: 'DE', percent: 100 }];
    expect(assessTier(withAnswers(fixture, { 'OS-2': owned }), trusted).tier).toBe('T4');
  });

  it('lists every failed rule of the next tier and none of the tiers above', () => {
    const answers = withAnswers(fixture, { 'OS-6': 'NONE', 'TS-2': 'DAYS', 'TS-3': false, 'TS-5': [] });
    expect(assessTier(answers, trusted)).toEqual({
      tier: 'T2',
      gaps: [
        { code: 'OS-6', tier: 'T3', reason: 'OS-6 is NONE, needs NATO_CONFIDENTIAL or higher' },
        { code: 'TS-2', tier: 'T3', reason: 'TS-2 is DAYS, needs MONTHS or higher' },
        { code: 'TS-3', tier: 'T3', reason: 'TS-3 is false, needs true' },
      ],
    });
  });

  it('lists every outside country of a list and both ownership problems in one reason', () => {
    const answers = withAnswers(fixture, {
      'DS-4': ['CN', 'DE', 'RU'],
      'OS-2': [
        { country: 'CN', percent: 30 },
        { country: 'RU', percent: 15 },
      ],
    });
    const label = LABEL[trusted];
    expect(assessTier(answers, trusted)).toEqual({
      tier: 'T1',
      gaps: [
        { code: 'DS-4', tier: 'T2', reason: `DS-4 lists CN, RU, outside ${label}` },
        {
          code: 'OS-2',
          tier: 'T2',
          reason: `OS-2: largest non-${label} holding is 30 % (CN), above 24 %; non-${label} holdings total 45 %, above 39 %`,
        },
      ],
    });
  });
});

describe('the trusted set decides', () => {
  it('judges the same attestation against each set', () => {
    expect(assessTier(NATO_T4_ANSWERS, 'EU_EEA').tier).toBe('T0');
    expect(assessTier(EU_EEA_T4_ANSWERS, 'NATO').tier).toBe('T0');
  });

  it('writes reasons the way the design does', () => {
    const answers = withAnswers(NATO_T4_ANSWERS, { 'DS-1': ['DE', 'CN'] });
    expect(assessTier(answers, 'NATO').gaps).toEqual([{ code: 'DS-1', tier: 'T1', reason: 'DS-1 lists CN, outside NATO' }]);
    const clearance = withAnswers(NATO_T4_ANSWERS, { 'OS-6': 'BACKGROUND_CHECK' });
    expect(assessTier(clearance, 'NATO').gaps[0].reason).toBe('OS-6 is BACKGROUND_CHECK, needs NATO_CONFIDENTIAL or higher');
    const owned = withAnswers(NATO_T4_ANSWERS, {
      'OS-2': [
        { country: 'CN', percent: 24 },
        { country: 'AT', percent: 21 },
      ],
    });
    expect(assessTier(owned, 'NATO').gaps[0].reason).toBe('OS-2: non-NATO holdings total 45 %, above 39 %');
  });
});

describe('the rule table', () => {
  it('has one T0 rule per criterion plus the status rule', () => {
    const t0 = TIER_RULES.filter((rule) => rule.tier === 'T0').map((rule) => rule.code);
    expect(t0).toEqual([...CRITERIA.map((c) => c.code), ATTESTATION_STATUS_CODE]);
  });

  it('has one rule per criterion and tier above T0, every one broken by a test above', () => {
    const ruleKeys = TIER_RULES.filter((rule) => rule.tier !== 'T0').map((rule) => `${rule.tier} ${rule.code}`);
    expect(new Set(ruleKeys).size).toBe(ruleKeys.length);
    expect(ruleKeys).toHaveLength(28);
    expect(new Set(RULE_BREAKS.map((b) => `${b.tier} ${b.code}`))).toEqual(new Set(ruleKeys));
  });

  it('states each rule as the design writes it', () => {
    const requirements = TIER_RULES.filter((rule) => rule.tier === 'T2' || rule.tier === 'T4').map(
      (rule) => `${rule.tier}: ${rule.requirement}`,
    );
    expect(requirements).toEqual([
      'T2: DS-4 ⊆ TJS',
      'T2: DS-6 ⊆ TJS',
      'T2: OS-3 ⊆ TJS',
      'T2: OS-4 ⊆ TJS',
      'T2: OS-8 ⊆ TJS',
      'T2: OS-10 ⊆ TJS',
      'T2: non-TJS single ≤ 24 % and total ≤ 39 %',
      'T2: DS-3 ≥ EXTERNAL_HSM',
      'T2: OS-9 true',
      'T2: TS-1 ≥ TESTED',
      'T2: TS-7 holds one of C5, EUCS_SUBSTANTIAL, EUCS_HIGH, SECNUMCLOUD, FEDRAMP_HIGH, DOD_IL5, DOD_IL6',
      'T4: non-TJS total = 0 %',
      'T4: OS-6 ≥ NATO_SECRET',
      'T4: OS-7 ≥ NATO_SECRET',
      'T4: TS-2 = PERMANENT_AIR_GAP',
      'T4: TS-5 ⊆ TJS and non-empty',
    ]);
  });
});

describe('failedTierRules', () => {
  it('judges one tier in isolation', () => {
    const answers = withAnswers(NATO_T4_ANSWERS, { 'DS-5': false, 'TS-2': 'NONE' });
    expect(assessTier(answers, 'NATO').tier).toBe('T0');
    expect(failedTierRules('T2', answers, 'NATO')).toEqual([]);
    expect(failedTierRules('T3', answers, 'NATO').map((gap) => gap.code)).toEqual(['TS-2']);
  });

  it('fails a rule above T0 whose answer is ill-typed, without reading it', () => {
    const answers = withAnswers(NATO_T4_ANSWERS, { 'OS-2': 'most of it', 'DS-4': undefined });
    expect(failedTierRules('T2', answers, 'NATO')).toEqual([
      { code: 'DS-4', tier: 'T2', reason: 'DS-4 has no well-typed answer' },
      { code: 'OS-2', tier: 'T2', reason: 'OS-2 has no well-typed answer' },
    ]);
  });
});

describe('tierAtLeast', () => {
  it.each<[Tier | null, Tier, boolean]>([
    [null, 'T0', false],
    ['T0', 'T0', true],
    ['T2', 'T2', true],
    ['T2', 'T3', false],
    ['T4', 'T1', true],
  ])('%p reaches %p: %p', (tier, required, expected) => {
    expect(tierAtLeast(tier, required)).toBe(expected);
  });
});
