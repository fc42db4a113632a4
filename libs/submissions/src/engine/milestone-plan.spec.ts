import fc from 'fast-check';

import { DEFAULT_MILESTONE_PLAN, MilestonePlanError, MilestonePlanItem, milestonePlanProblems, splitMilestones } from './milestone-plan';

const plan = (...shares: number[]): MilestonePlanItem[] =>
  shares.map((sharePercent, i) => ({ title: `M${i + 1}`, dueInDays: 10 * (i + 1), sharePercent }));

describe('splitMilestones', () => {
  it('splits evenly when the value divides', () => {
    expect(splitMilestones(100_000, plan(50, 50)).map((m) => m.amountMinor)).toEqual([50_000, 50_000]);
  });

  it('floors every milestone but the last and puts the remainder on the last', () => {
    expect(splitMilestones(100, plan(33, 33, 34)).map((m) => m.amountMinor)).toEqual([33, 33, 34]);
    expect(splitMilestones(10, plan(33, 33, 34)).map((m) => m.amountMinor)).toEqual([3, 3, 4]);
    expect(splitMilestones(1, plan(50, 50)).map((m) => m.amountMinor)).toEqual([0, 1]);
  });

  it('keeps title, due day and share alongside the amount', () => {
    expect(splitMilestones(999, plan(100))).toEqual([{ title: 'M1', dueInDays: 10, sharePercent: 100, amountMinor: 999 }]);
  });

  it('splits a zero value into zero amounts', () => {
    expect(splitMilestones(0, plan(20, 80)).map((m) => m.amountMinor)).toEqual([0, 0]);
  });

  it('stays exact for the largest safe value, where value × share overflows a double', () => {
    const amounts = splitMilestones(Number.MAX_SAFE_INTEGER, plan(33, 67)).map((m) => m.amountMinor);
    expect(BigInt(amounts[0])).toBe((BigInt(Number.MAX_SAFE_INTEGER) * 33n) / 100n);
    expect(BigInt(amounts[0]) + BigInt(amounts[1])).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it.each([
    ['a negative value', -1, plan(100)],
    ['a fractional value', 10.5, plan(100)],
    ['an unsafe value', Number.MAX_SAFE_INTEGER + 1, plan(100)],
    ['an empty plan', 100, []],
    ['shares that do not sum to 100', 100, plan(50, 40)],
    ['a zero share', 100, plan(0, 100)],
    ['a fractional share', 100, plan(49.5, 50.5)],
    ['a share above 100', 100, plan(150, -50)],
  ])('rejects %s', (_label, value, badPlan) => {
    expect(() => splitMilestones(value, badPlan)).toThrow(MilestonePlanError);
  });

  it('rejects blank titles and negative, fractional or unbounded due days, listing every problem', () => {
    const bad = [
      { title: ' ', dueInDays: -1, sharePercent: 40 },
      { title: 'Final', dueInDays: 1.5, sharePercent: 30 },
      // A GraphQL Int: accepted by the schema, but no Date can hold award + 2e9 days.
      { title: 'Never', dueInDays: 2_000_000_000, sharePercent: 30 },
    ];
    expect(milestonePlanProblems(100, bad)).toEqual([
      'milestone 1 needs a title',
      'milestone 1 dueInDays must be an integer 0..3650 (got -1)',
      'milestone 2 dueInDays must be an integer 0..3650 (got 1.5)',
      'milestone 3 dueInDays must be an integer 0..3650 (got 2000000000)',
    ]);
    expect(milestonePlanProblems(100, [{ title: 'Last day', dueInDays: 3650, sharePercent: 100 }])).toEqual([]);
  });
});

describe('DEFAULT_MILESTONE_PLAN', () => {
  it('is half at a mid-term demonstration and half at final acceptance', () => {
    expect(DEFAULT_MILESTONE_PLAN(90)).toEqual([
      { title: 'Mid-term demonstration', dueInDays: 45, sharePercent: 50 },
      { title: 'Final acceptance', dueInDays: 90, sharePercent: 50 },
    ]);
  });

  it('rounds the mid-term day half up', () => {
    expect(DEFAULT_MILESTONE_PLAN(45)[0].dueInDays).toBe(23);
    expect(DEFAULT_MILESTONE_PLAN(1)[0].dueInDays).toBe(1);
  });

  it('splits an odd value with the extra minor unit on final acceptance', () => {
    expect(splitMilestones(100_001, DEFAULT_MILESTONE_PLAN(60)).map((m) => m.amountMinor)).toEqual([50_000, 50_001]);
  });

  it.each([0, -3, 2.5, Number.NaN])('rejects a duration of %p days', (days) => {
    expect(() => DEFAULT_MILESTONE_PLAN(days)).toThrow(MilestonePlanError);
  });
});

// Any valid plan: 1..n positive integer shares summing to 100, via distinct cut points in 1..99.
const validPlanArb = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 20 }).map((cuts) => {
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
  return plan(...bounds.slice(1).map((bound, i) => bound - bounds[i]));
});
const valueArb = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat());

describe('splitMilestones properties', () => {
  it('always sums exactly to the value, with every amount a non-negative integer', () => {
    fc.assert(
      fc.property(valueArb, validPlanArb, (value, validPlan) => {
        const amounts = splitMilestones(value, validPlan).map((m) => m.amountMinor);
        expect(amounts).toHaveLength(validPlan.length);
        for (const amount of amounts) {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
        expect(amounts.reduce((sum, a) => sum + BigInt(a), 0n)).toBe(BigInt(value));
      }),
    );
  });

  it('gives each milestone but the last exactly floor(value × share / 100), and the last at least its share', () => {
    fc.assert(
      fc.property(valueArb, validPlanArb, (value, validPlan) => {
        const split = splitMilestones(value, validPlan);
        split.forEach((m, i) => {
          const exactFloor = (BigInt(value) * BigInt(m.sharePercent)) / 100n;
          if (i < split.length - 1) expect(BigInt(m.amountMinor)).toBe(exactFloor);
          else expect(BigInt(m.amountMinor) >= exactFloor).toBe(true);
        });
      }),
    );
  });

  it('accepts any plan that milestonePlanProblems finds no problem with, and rejects the rest', () => {
    const shareArb = fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double({ noInteger: true, noNaN: true, min: -10, max: 110 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(shareArb, { maxLength: 5 }), (value, shares) => {
        const candidate = plan(...shares);
        const valid =
          shares.length > 0 && shares.every((s) => Number.isInteger(s) && s >= 1 && s <= 100) && shares.reduce((a, b) => a + b, 0) === 100;
        expect(milestonePlanProblems(value, candidate).length === 0).toBe(valid);
        if (valid) expect(() => splitMilestones(value, candidate)).not.toThrow();
        else expect(() => splitMilestones(value, candidate)).toThrow(MilestonePlanError);
      }),
    );
  });
});
