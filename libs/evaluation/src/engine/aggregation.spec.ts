import fc from 'fast-check';

import { aggregateScores, AggregationInputError, CriterionScoreInput, displayScore, WeightedCriterion } from './aggregation';

const criteria: WeightedCriterion[] = [
  { id: 'tech', weight: 50 },
  { id: 'team', weight: 30 },
  { id: 'value', weight: 20 },
];

function scores(tech: number, team: number, value: number): CriterionScoreInput[] {
  return [
    { criterionId: 'tech', score: tech },
    { criterionId: 'team', score: team },
    { criterionId: 'value', score: value },
  ];
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AggregationInputError) return error.problems;
    throw error;
  }
  throw new Error('expected an AggregationInputError');
}

describe('aggregateScores', () => {
  it('computes mean and spread per criterion and the weighted total', () => {
    const result = aggregateScores(criteria, [scores(8, 6, 5), scores(7, 6, 6), scores(9, 6, 7)]);
    expect(result.criteria).toEqual([
      { criterionId: 'tech', mean: 8, spread: 2, consensus: null },
      { criterionId: 'team', mean: 6, spread: 0, consensus: null },
      { criterionId: 'value', mean: 6, spread: 2, consensus: null },
    ]);
    // 50 × 8 / 10 + 30 × 6 / 10 + 20 × 6 / 10
    expect(result.totalScore).toBe(40 + 18 + 12);
    expect(result.needsModeration).toBe(false);
  });

  it('keeps full precision in the total and rounds only for display', () => {
    const result = aggregateScores(
      [{ id: 'only', weight: 100 }],
      [[{ criterionId: 'only', score: 7 }], [{ criterionId: 'only', score: 7 }], [{ criterionId: 'only', score: 6 }]],
    );
    expect(result.criteria[0].mean).toBe(20 / 3);
    expect(result.totalScore).toBe(200 / 3);
    expect(displayScore(result.totalScore)).toBe(66.67);
  });

  it('ignores the order in which an assignment lists its scores', () => {
    const reversed = [...scores(3, 4, 5)].reverse();
    expect(aggregateScores(criteria, [reversed])).toEqual(aggregateScores(criteria, [scores(3, 4, 5)]));
  });

  it('flags moderation when a spread reaches 4', () => {
    const result = aggregateScores(criteria, [scores(2, 5, 5), scores(6, 5, 5)]);
    expect(result.criteria[0].spread).toBe(4);
    expect(result.needsModeration).toBe(true);
  });

  it('does not flag moderation for a spread of 3', () => {
    expect(aggregateScores(criteria, [scores(2, 5, 5), scores(5, 5, 5)]).needsModeration).toBe(false);
  });

  it('uses a recorded consensus in place of the mean and clears that criterion', () => {
    const result = aggregateScores(criteria, [scores(1, 5, 5), scores(9, 5, 5)], new Map([['tech', 7]]));
    expect(result.criteria[0]).toEqual({ criterionId: 'tech', mean: 5, spread: 8, consensus: 7 });
    expect(result.totalScore).toBe(35 + 15 + 10);
    expect(result.needsModeration).toBe(false);
  });

  it('still needs moderation while another wide criterion has no consensus', () => {
    const result = aggregateScores(criteria, [scores(1, 0, 5), scores(9, 10, 5)], new Map([['tech', 7]]));
    expect(result.needsModeration).toBe(true);
  });

  it('accepts a consensus on a criterion that did not need moderation', () => {
    const result = aggregateScores(criteria, [scores(5, 5, 5), scores(6, 5, 5)], new Map([['tech', 10]]));
    expect(result.criteria[0].consensus).toBe(10);
    expect(result.totalScore).toBe(50 + 15 + 10);
  });

  it('gives the same total to equal exact totals regardless of how they are reached', () => {
    // 10/3 computed two different ways must be bit-identical, or ranking ties break on noise.
    const a = aggregateScores(
      [{ id: 'x', weight: 100 }],
      [[{ criterionId: 'x', score: 1 }], [{ criterionId: 'x', score: 0 }], [{ criterionId: 'x', score: 0 }]],
    );
    // Six assignments and a 40/60 split: 40 × (5/6) / 10 is the same exact value, 10/3.
    const six = (x: number) => [
      { criterionId: 'x', score: x },
      { criterionId: 'y', score: 0 },
    ];
    const b = aggregateScores(
      [
        { id: 'x', weight: 40 },
        { id: 'y', weight: 60 },
      ],
      [six(5), six(0), six(0), six(0), six(0), six(0)],
    );
    expect(a.totalScore).toBe(b.totalScore);
  });

  describe('validation', () => {
    it('rejects an assignment that missed a criterion', () => {
      expect(problemsOf(() => aggregateScores(criteria, [scores(5, 5, 5), scores(5, 5, 5).slice(1)]))).toEqual([
        'assignment 1 did not score criterion tech',
      ]);
    });

    it('rejects a criterion scored twice by one assignment', () => {
      const twice = [...scores(5, 5, 5), { criterionId: 'tech', score: 6 }];
      expect(problemsOf(() => aggregateScores(criteria, [twice]))).toEqual(['assignment 0 scored criterion tech more than once']);
    });

    it('rejects unknown criteria', () => {
      const extra = [...scores(5, 5, 5), { criterionId: 'ghost', score: 6 }];
      expect(problemsOf(() => aggregateScores(criteria, [extra]))).toEqual(['assignment 0 scored unknown criterion ghost']);
    });

    it.each([-1, 11, 5.5, Number.NaN])('rejects the score %p', (bad) => {
      expect(problemsOf(() => aggregateScores(criteria, [scores(bad, 5, 5)]))).toHaveLength(1);
    });

    it('rejects no assignments and no criteria', () => {
      expect(problemsOf(() => aggregateScores([], []))).toEqual([
        'at least one criterion is required',
        'at least one scored assignment is required',
      ]);
    });

    it('rejects duplicate criteria and non-integer or negative weights', () => {
      const bad = [
        { id: 'a', weight: 50.5 },
        { id: 'a', weight: -1 },
      ];
      expect(problemsOf(() => aggregateScores(bad, [[{ criterionId: 'a', score: 1 }]]))).toHaveLength(3);
    });

    it('rejects a consensus outside 0..10 or for an unknown criterion', () => {
      const problems = problemsOf(() =>
        aggregateScores(
          criteria,
          [scores(5, 5, 5)],
          new Map([
            ['tech', 11],
            ['ghost', 3],
          ]),
        ),
      );
      expect(problems).toEqual(['consensus for tech must be an integer 0..10 (got 11)', 'consensus recorded for unknown criterion ghost']);
    });

    it('reports every problem at once and is an Error', () => {
      const error = (() => {
        try {
          aggregateScores(criteria, [[{ criterionId: 'tech', score: 12 }]]);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(AggregationInputError);
      expect((error as AggregationInputError).problems).toHaveLength(3);
    });
  });
});

describe('aggregateScores properties', () => {
  // Weights summing to 100 in integer parts, as a challenge requires; 1..6 criteria.
  const weightsArb = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 5 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const bounds = [0, ...sorted, 100];
    return bounds.slice(1).map((bound, i) => bound - bounds[i]);
  });
  const caseArb = weightsArb.chain((weights) =>
    fc.record({
      weights: fc.constant(weights),
      matrix: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: weights.length, maxLength: weights.length }), {
        minLength: 1,
        maxLength: 7,
      }),
      consensus: fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), {
        minLength: weights.length,
        maxLength: weights.length,
      }),
    }),
  );
  const build = ({ weights, matrix, consensus }: { weights: number[]; matrix: number[][]; consensus: (number | undefined)[] }) => {
    const crit = weights.map((weight, i) => ({ id: `c${i}`, weight }));
    const byAssignment = matrix.map((row) => row.map((score, i) => ({ criterionId: `c${i}`, score })));
    const agreed = new Map<string, number>();
    consensus.forEach((value, i) => value !== undefined && agreed.set(`c${i}`, value));
    return { crit, byAssignment, agreed };
  };

  it('keeps means within 0..10, spreads integral, and the total within 0..100', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { crit, byAssignment, agreed } = build(input);
        const result = aggregateScores(crit, byAssignment, agreed);
        for (const c of result.criteria) {
          expect(c.mean).toBeGreaterThanOrEqual(0);
          expect(c.mean).toBeLessThanOrEqual(10);
          expect(Number.isInteger(c.spread)).toBe(true);
        }
        expect(result.totalScore).toBeGreaterThanOrEqual(0);
        expect(result.totalScore).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });

  it('matches the definition: Σ weight × (consensus ?? mean) / 10, and moderation iff an unresolved spread ≥ 4', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { crit, byAssignment, agreed } = build(input);
        const result = aggregateScores(crit, byAssignment, agreed);
        let expectedTotal = 0;
        let expectedModeration = false;
        crit.forEach((c, i) => {
          const column = input.matrix.map((row) => row[i]);
          const mean = column.reduce((a, b) => a + b, 0) / column.length;
          const spread = Math.max(...column) - Math.min(...column);
          expect(result.criteria[i]).toEqual({ criterionId: c.id, mean, spread, consensus: agreed.get(c.id) ?? null });
          expectedTotal += (c.weight * (agreed.get(c.id) ?? mean)) / 10;
          if (spread >= 4 && !agreed.has(c.id)) expectedModeration = true;
        });
        expect(result.totalScore).toBeCloseTo(expectedTotal, 9);
        expect(result.needsModeration).toBe(expectedModeration);
      }),
    );
  });

  it('does not depend on the order of assignments', () => {
    fc.assert(
      fc.property(caseArb, fc.func(fc.integer()), (input, key) => {
        const { crit, byAssignment, agreed } = build(input);
        const shuffled = [...byAssignment]
          .map((row, i) => ({ row, k: key(i) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.row);
        expect(aggregateScores(crit, shuffled, agreed)).toEqual(aggregateScores(crit, byAssignment, agreed));
      }),
    );
  });

  it('rejects any score outside the integers 0..10', () => {
    const badScore = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 11 }), fc.double({ noInteger: true }));
    fc.assert(
      fc.property(badScore, (score) => {
        expect(() => aggregateScores([{ id: 'a', weight: 100 }], [[{ criterionId: 'a', score }]])).toThrow(AggregationInputError);
      }),
    );
  });
});
