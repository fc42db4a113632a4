import fc from 'fast-check';

import {
  AwardLimits,
  checkAwardSelection,
  compareForRanking,
  RankableSubmission,
  RankingInputError,
  rankSubmissions,
  recommend,
} from './ranking';

const day = (n: number) => new Date(Date.UTC(2025, 0, n));
const item = (submissionId: string, totalScore: number, priceMinor: number, submittedDay: number): RankableSubmission => ({
  submissionId,
  totalScore,
  priceMinor,
  submittedAt: day(submittedDay),
});

describe('rankSubmissions', () => {
  it('orders by total descending and numbers ranks from 1', () => {
    const ranked = rankSubmissions([item('a', 60, 100, 1), item('b', 80, 100, 1), item('c', 70, 100, 1)]);
    expect(ranked.map((r) => [r.submissionId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('breaks equal totals by lower price, then earlier submission, then id', () => {
    const ranked = rankSubmissions([
      item('d', 70, 200, 1),
      item('c', 70, 100, 2),
      item('b', 70, 100, 1),
      item('a2', 70, 100, 1),
      item('a1', 70, 100, 1),
    ]);
    expect(ranked.map((r) => r.submissionId)).toEqual(['a1', 'a2', 'b', 'c', 'd']);
  });

  it('compares ids by code unit, not locale', () => {
    expect(rankSubmissions([item('a', 1, 1, 1), item('B', 1, 1, 1)]).map((r) => r.submissionId)).toEqual(['B', 'a']);
  });

  it('compares full-precision totals, so a difference below display rounding still counts', () => {
    const ranked = rankSubmissions([item('low', 66.666, 1, 1), item('high', 200 / 3, 999, 2)]);
    expect(ranked[0].submissionId).toBe('high');
  });

  it('keeps extra fields and does not mutate the input', () => {
    const input = [{ ...item('a', 1, 1, 1), title: 'A' }];
    const ranked = rankSubmissions(input);
    expect(ranked[0]).toEqual({ ...input[0], rank: 1 });
    expect(input[0]).not.toHaveProperty('rank');
  });

  it('returns an empty ranking for no submissions', () => {
    expect(rankSubmissions([])).toEqual([]);
  });

  it('rejects duplicate ids, bad prices, non-finite totals and invalid dates, all at once', () => {
    const bad = [item('a', 1, 1, 1), item('a', Number.NaN, -5, 1), { ...item('b', 1, 1.5, 1), submittedAt: new Date('nope') }];
    try {
      rankSubmissions(bad);
      throw new Error('expected a RankingInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(RankingInputError);
      expect((error as RankingInputError).problems).toHaveLength(5);
    }
  });
});

describe('recommend', () => {
  const ranked = rankSubmissions([
    item('first', 90, 600, 1),
    item('second', 80, 500, 1),
    item('third', 70, 300, 1),
    item('fourth', 60, 100, 1),
  ]);

  it('takes submissions in rank order while budget and award count allow', () => {
    expect(recommend(ranked, { budgetMinor: 10_000, maxAwards: 2 })).toEqual({ submissionIds: ['first', 'second'], totalPriceMinor: 1100 });
  });

  it('skips one that does not fit the remaining budget and continues with lower-ranked ones', () => {
    expect(recommend(ranked, { budgetMinor: 1000, maxAwards: 3 })).toEqual({
      submissionIds: ['first', 'third', 'fourth'],
      totalPriceMinor: 1000,
    });
  });

  it('accepts a price exactly equal to the remaining budget', () => {
    expect(recommend(ranked, { budgetMinor: 600, maxAwards: 5 }).submissionIds).toEqual(['first']);
  });

  it('recommends nothing when maxAwards is 0 or nothing fits', () => {
    expect(recommend(ranked, { budgetMinor: 10_000, maxAwards: 0 }).submissionIds).toEqual([]);
    expect(recommend(ranked, { budgetMinor: 99, maxAwards: 4 }).submissionIds).toEqual([]);
  });

  it('follows the rank field, not the array order', () => {
    expect(recommend([...ranked].reverse(), { budgetMinor: 10_000, maxAwards: 1 }).submissionIds).toEqual(['first']);
  });

  it('rejects invalid limits and ranks that are not 1..n', () => {
    expect(() => recommend(ranked, { budgetMinor: -1, maxAwards: 1 })).toThrow(RankingInputError);
    expect(() => recommend(ranked, { budgetMinor: 1, maxAwards: 1.5 })).toThrow(RankingInputError);
    expect(() =>
      recommend(
        ranked.map((r) => ({ ...r, rank: 1 })),
        { budgetMinor: 1, maxAwards: 1 },
      ),
    ).toThrow(/ranks must be 1..4/);
  });
});

describe('checkAwardSelection', () => {
  const ranked = rankSubmissions([item('first', 90, 600, 1), item('second', 80, 500, 1), item('third', 70, 300, 1)]);
  const limits: AwardLimits = { budgetMinor: 1000, maxAwards: 2 };

  it('accepts the recommendation without departure, in any order', () => {
    expect(checkAwardSelection(['third', 'first'], ranked, limits)).toEqual({
      withinBudget: true,
      withinMaxAwards: true,
      departsFromRecommendation: false,
      errors: [],
    });
  });

  it('flags a valid selection that departs from the recommendation without making it an error', () => {
    expect(checkAwardSelection(['second', 'third'], ranked, limits)).toEqual({
      withinBudget: true,
      withinMaxAwards: true,
      departsFromRecommendation: true,
      errors: [],
    });
    expect(checkAwardSelection(['first'], ranked, limits).departsFromRecommendation).toBe(true);
  });

  it('reports exceeding the budget', () => {
    const check = checkAwardSelection(['first', 'second'], ranked, limits);
    expect(check.withinBudget).toBe(false);
    expect(check.errors).toEqual(['selected prices total 1100, over the budget of 1000']);
  });

  it('reports exceeding maxAwards', () => {
    const check = checkAwardSelection(['first', 'second', 'third'], ranked, { budgetMinor: 10_000, maxAwards: 2 });
    expect(check.withinMaxAwards).toBe(false);
    expect(check.errors).toEqual(['3 submissions selected, more than maxAwards 2']);
  });

  it('reports unknown, repeated and empty selections', () => {
    expect(checkAwardSelection(['ghost'], ranked, limits).errors).toEqual(['submission ghost is not among the ranked submissions']);
    expect(checkAwardSelection(['first', 'first'], ranked, limits).errors).toEqual(['submission first is selected more than once']);
    expect(checkAwardSelection([], ranked, limits).errors).toEqual(['select at least one submission to award']);
  });
});

// ---------- properties ----------

const submissionsArb = fc.uniqueArray(
  fc.record({
    submissionId: fc.string({ minLength: 1, maxLength: 4 }),
    // Few distinct values so that ties on every key are common.
    totalScore: fc.constantFrom(0, 50, 200 / 3, 70, 100),
    priceMinor: fc.integer({ min: 0, max: 5 }).map((p) => p * 1000),
    submittedAt: fc.integer({ min: 1, max: 3 }).map(day),
  }),
  { selector: (s) => s.submissionId, maxLength: 12 },
);
const limitsArb = fc.record({ budgetMinor: fc.integer({ min: 0, max: 20_000 }), maxAwards: fc.integer({ min: 0, max: 6 }) });

function shuffle<T>(values: T[], keys: number[]): T[] {
  return values
    .map((value, i) => ({ value, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.value);
}

describe('ranking properties', () => {
  it('is a total order: antisymmetric, transitive, and zero only for the same id', () => {
    fc.assert(
      fc.property(submissionsArb, (items) => {
        for (const a of items) {
          expect(compareForRanking(a, a)).toBe(0);
          for (const b of items) {
            if (a === b) continue;
            expect(compareForRanking(a, b)).not.toBe(0);
            expect(Math.sign(compareForRanking(a, b))).toBe(-Math.sign(compareForRanking(b, a)));
            for (const c of items) {
              if (compareForRanking(a, b) < 0 && compareForRanking(b, c) < 0) expect(compareForRanking(a, c)).toBeLessThan(0);
            }
          }
        }
      }),
    );
  });

  it('gives ranks 1..n with each step respecting total, price, time, id', () => {
    fc.assert(
      fc.property(submissionsArb, (items) => {
        const ranked = rankSubmissions(items);
        expect(ranked.map((r) => r.rank)).toEqual(items.map((_, i) => i + 1));
        for (let i = 1; i < ranked.length; i++) {
          const [prev, next] = [ranked[i - 1], ranked[i]];
          expect(prev.totalScore).toBeGreaterThanOrEqual(next.totalScore);
          if (prev.totalScore === next.totalScore) expect(prev.priceMinor).toBeLessThanOrEqual(next.priceMinor);
          expect(compareForRanking(prev, next)).toBeLessThan(0);
        }
      }),
    );
  });

  it('is deterministic under any permutation of the input', () => {
    fc.assert(
      fc.property(submissionsArb, fc.array(fc.integer()), (items, keys) => {
        expect(rankSubmissions(shuffle(items, keys))).toEqual(rankSubmissions(items));
      }),
    );
  });

  it('never recommends beyond budget or maxAwards, and only ranked ids in rank order', () => {
    fc.assert(
      fc.property(submissionsArb, limitsArb, (items, limits) => {
        const ranked = rankSubmissions(items);
        const { submissionIds, totalPriceMinor } = recommend(ranked, limits);
        const byId = new Map(ranked.map((r) => [r.submissionId, r]));
        expect(submissionIds.length).toBeLessThanOrEqual(limits.maxAwards);
        expect(totalPriceMinor).toBeLessThanOrEqual(limits.budgetMinor);
        expect(totalPriceMinor).toBe(submissionIds.reduce((sum, id) => sum + byId.get(id)!.priceMinor, 0));
        const ranks = submissionIds.map((id) => byId.get(id)!.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(checkAwardSelection(submissionIds, ranked, limits).departsFromRecommendation).toBe(false);
      }),
    );
  });

  it('is greedy: every skipped submission either ranks after the last award slot or did not fit when reached', () => {
    fc.assert(
      fc.property(submissionsArb, limitsArb, (items, limits) => {
        const ranked = rankSubmissions(items);
        const chosen = new Set(recommend(ranked, limits).submissionIds);
        let spent = 0;
        let awards = 0;
        for (const r of ranked) {
          if (chosen.has(r.submissionId)) {
            spent += r.priceMinor;
            awards++;
          } else {
            expect(awards >= limits.maxAwards || spent + r.priceMinor > limits.budgetMinor).toBe(true);
          }
        }
      }),
    );
  });

  it('checkAwardSelection agrees with direct budget and count checks for any subset', () => {
    fc.assert(
      fc.property(
        submissionsArb.filter((s) => s.length > 0),
        limitsArb,
        fc.array(fc.boolean()),
        (items, limits, picks) => {
          const ranked = rankSubmissions(items);
          const selected = ranked.filter((_, i) => picks[i]).map((r) => r.submissionId);
          const total = ranked.filter((r) => selected.includes(r.submissionId)).reduce((sum, r) => sum + r.priceMinor, 0);
          const check = checkAwardSelection(selected, ranked, limits);
          expect(check.withinBudget).toBe(total <= limits.budgetMinor);
          expect(check.withinMaxAwards).toBe(selected.length <= limits.maxAwards);
          const valid = selected.length > 0 && check.withinBudget && check.withinMaxAwards;
          expect(check.errors.length === 0).toBe(valid);
        },
      ),
    );
  });
});
