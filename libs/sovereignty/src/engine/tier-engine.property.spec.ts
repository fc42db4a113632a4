import { TRUSTED_JURISDICTIONS, TRUSTED_SETS, type TrustedJurisdiction } from '@app/core/geo/countries';
import fc from 'fast-check';

import { T4_ANSWERS, toAnswerInputs } from '../../test-support/attestation-fixtures';
import { type AnswerMap, validateAnswers } from './answer-validation';
import { CRITERIA, type CriterionDefinition, type Holding } from './catalogue';
import { assessTier, failedTierRules, type Tier, TIERS } from './tier-engine';

// Countries in both sets, only in NATO, only in the EU/EEA, and in neither.
const COUNTRY_POOL = ['DE', 'FR', 'NO', 'US', 'GB', 'TR', 'AT', 'IE', 'LI', 'CH', 'CN', 'RU'];
const country = fc.constantFrom(...COUNTRY_POOL);
const countryList = fc.uniqueArray(country, { maxLength: 4 });
// Up to four holdings of 5..25 % in half steps: never more than 100 % together.
const holding = fc.record({ country, percent: fc.integer({ min: 10, max: 50 }).map((n) => n / 2) });
const ownership = fc.array(holding, { maxLength: 4 });

function anyWellTypedValue(criterion: CriterionDefinition): fc.Arbitrary<unknown> {
  const options = criterion.options ?? [];
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return fc.boolean();
    case 'COUNTRY':
      return country;
    case 'COUNTRY_LIST':
      return countryList;
    case 'ENUM':
      return fc.constantFrom(...options);
    case 'ENUM_SET':
      return fc.uniqueArray(fc.constantFrom(...options), { maxLength: 4 });
    case 'OWNERSHIP':
      return ownership;
  }
}

/**
 * A trusted set and well-typed answers spread over every tier: each answer keeps the set's T4
 * fixture value most of the time and is random otherwise, so some reach T4 and most fail somewhere.
 */
const assessed: fc.Arbitrary<{ set: TrustedJurisdiction; answers: AnswerMap }> = fc
  .constantFrom(...TRUSTED_JURISDICTIONS)
  .chain((set) =>
    fc
      .record(
        Object.fromEntries(
          CRITERIA.map((criterion) => [
            criterion.code,
            fc.oneof(
              { weight: 5, arbitrary: fc.constant(T4_ANSWERS[set][criterion.code]) },
              { weight: 1, arbitrary: anyWellTypedValue(criterion) },
            ),
          ]),
        ),
      )
      .map((answers) => ({ set, answers })),
  );

const rank = (tier: Tier | null) => (tier === null ? -1 : TIERS.indexOf(tier));

/** One step better on one criterion, judged against the trusted set; `pick` chooses among candidates. */
function improve(criterion: CriterionDefinition, value: unknown, tjs: ReadonlySet<string>, pick: number): unknown {
  const options = criterion.options ?? [];
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return true;
    case 'COUNTRY':
      return tjs.has(value as string) ? value : 'DE';
    case 'COUNTRY_LIST': {
      const list = value as string[];
      const outside = list.filter((c) => !tjs.has(c));
      if (outside.length > 0) {
        const dropped = outside[pick % outside.length];
        return list.filter((c) => c !== dropped);
      }
      const addable = [...tjs].filter((c) => !list.includes(c));
      return [...list, addable[pick % addable.length]];
    }
    case 'ENUM':
      return options[Math.min(options.indexOf(value as string) + 1, options.length - 1)];
    case 'ENUM_SET': {
      const held = value as string[];
      const addable = options.filter((o) => !held.includes(o));
      return addable.length === 0 ? held : [...held, addable[pick % addable.length]];
    }
    case 'OWNERSHIP': {
      const holdings = value as Holding[];
      const outside = holdings.map((h, i) => ({ h, i })).filter(({ h }) => !tjs.has(h.country));
      if (outside.length === 0) return holdings;
      const { h, i } = outside[pick % outside.length];
      const lowered = h.percent - (1 + (pick % 10));
      // A holding lowered below 5 % is no longer declared at all.
      return lowered < 5
        ? holdings.filter((_, j) => j !== i)
        : holdings.map((other, j) => (j === i ? { ...other, percent: lowered } : other));
    }
  }
}

describe('tier engine properties', () => {
  it('generates only well-typed attestations (so the properties below test the rules, not T0)', () => {
    fc.assert(
      fc.property(assessed, ({ answers }) => {
        expect(validateAnswers(CRITERIA, toAnswerInputs(answers))).toEqual([]);
      }),
    );
  });

  it('spreads generated attestations over every tier', () => {
    const seen = new Set<Tier | null>();
    fc.assert(
      fc.property(assessed, ({ set, answers }) => {
        seen.add(assessTier(answers, set).tier);
      }),
      // A fixed seed: this checks the generator's coverage, which must not depend on luck.
      { numRuns: 1000, seed: 20261 },
    );
    expect(seen).toEqual(new Set(TIERS));
  });

  it('is monotone: every tier up to the assigned one holds in isolation, and the gaps are the next tier failing', () => {
    fc.assert(
      fc.property(assessed, ({ set, answers }) => {
        const { tier, gaps } = assessTier(answers, set);
        for (const lower of TIERS.slice(0, rank(tier) + 1)) expect(failedTierRules(lower, answers, set)).toEqual([]);
        const next = TIERS[rank(tier) + 1];
        if (next === undefined) {
          expect(gaps).toEqual([]);
        } else {
          expect(gaps.length).toBeGreaterThan(0);
          expect(failedTierRules(next, answers, set)).toEqual(gaps);
          for (const gap of gaps) expect(gap.tier).toBe(next);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the tier when one answer improves', () => {
    fc.assert(
      fc.property(assessed, fc.constantFrom(...CRITERIA), fc.nat(), ({ set, answers }, criterion, pick) => {
        const improved = {
          ...answers,
          [criterion.code]: improve(criterion, answers[criterion.code], TRUSTED_SETS[set], pick),
        };
        expect(rank(assessTier(improved, set).tier)).toBeGreaterThanOrEqual(rank(assessTier(answers, set).tier));
      }),
      { numRuns: 1000 },
    );
  });

  it('never lowers the tier when several answers improve together', () => {
    fc.assert(
      fc.property(
        assessed,
        fc.uniqueArray(fc.constantFrom(...CRITERIA), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        ({ set, answers }, criteria, pick) => {
          const improved = { ...answers };
          for (const c of criteria) improved[c.code] = improve(c, improved[c.code], TRUSTED_SETS[set], pick);
          expect(rank(assessTier(improved, set).tier)).toBeGreaterThanOrEqual(rank(assessTier(answers, set).tier));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives no tier to an attestation that is not ACTIVE, whatever its answers', () => {
    fc.assert(
      fc.property(assessed, ({ set, answers }) => {
        expect(assessTier(answers, set, { active: false }).tier).toBeNull();
      }),
    );
  });
});
