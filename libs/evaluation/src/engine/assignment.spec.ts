import fc from 'fast-check';

import { AssignmentInputError, AssignmentPlanInput, planAssignments } from './assignment';

function baseInput(overrides: Partial<AssignmentPlanInput> = {}): AssignmentPlanInput {
  return {
    submissions: [
      { id: 's1', vendorOrgId: 'vendorA' },
      { id: 's2', vendorOrgId: 'vendorB' },
    ],
    evaluators: [
      { userId: 'e1', orgId: 'buyer' },
      { userId: 'e2', orgId: 'buyer' },
      { userId: 'e3', orgId: 'buyer' },
      { userId: 'e4', orgId: 'buyer' },
    ],
    perSubmission: 2,
    existing: [],
    conflicts: [],
    excludedUserIds: [],
    currentLoad: new Map(),
    ...overrides,
  };
}

const pairs = (plan: { assignments: { submissionId: string; evaluatorId: string }[] }) =>
  plan.assignments.map((a) => `${a.submissionId}:${a.evaluatorId}`);

describe('planAssignments', () => {
  it('spreads work to the least-loaded evaluators, ties by user id, submissions in id order', () => {
    const plan = planAssignments(
      baseInput({
        submissions: [
          { id: 's2', vendorOrgId: 'vendorB' },
          { id: 's1', vendorOrgId: 'vendorA' },
        ],
      }),
    );
    expect(pairs(plan)).toEqual(['s1:e1', 's1:e2', 's2:e3', 's2:e4']);
    expect(plan.shortfall).toEqual([]);
  });

  it('counts platform-wide load from currentLoad', () => {
    const plan = planAssignments(
      baseInput({
        currentLoad: new Map([
          ['e1', 5],
          ['e2', 1],
        ]),
      }),
    );
    expect(pairs(plan)).toEqual(['s1:e3', 's1:e4', 's2:e2', 's2:e3']);
  });

  it('never assigns an excluded user such as the challenge creator', () => {
    const plan = planAssignments(baseInput({ excludedUserIds: ['e1'] }));
    expect(plan.assignments.some((a) => a.evaluatorId === 'e1')).toBe(false);
  });

  it('never assigns a member of the vendor organisation', () => {
    const evaluators = [
      { userId: 'e1', orgId: 'vendorA' },
      { userId: 'e2', orgId: 'buyer' },
      { userId: 'e3', orgId: 'buyer' },
    ];
    const plan = planAssignments(baseInput({ evaluators }));
    expect(pairs(plan).filter((p) => p.startsWith('s1'))).toEqual(['s1:e2', 's1:e3']);
  });

  it('never assigns an evaluator who declared a conflict with the vendor organisation', () => {
    const plan = planAssignments(baseInput({ conflicts: [{ evaluatorId: 'e1', vendorOrgId: 'vendorA' }] }));
    expect(pairs(plan)).toEqual(['s1:e2', 's1:e3', 's2:e1', 's2:e4']);
  });

  it('replaces an inactive assignment without handing the submission back to the same evaluator', () => {
    const existing = [
      { submissionId: 's1', evaluatorId: 'e1', active: false },
      { submissionId: 's1', evaluatorId: 'e2', active: true },
    ];
    const plan = planAssignments(
      baseInput({ submissions: [{ id: 's1', vendorOrgId: 'vendorA' }], existing, currentLoad: new Map([['e2', 1]]) }),
    );
    expect(pairs(plan)).toEqual(['s1:e3']);
  });

  it('plans nothing for a submission that already has enough (or too many) active assignments', () => {
    const existing = ['e1', 'e2', 'e3'].map((evaluatorId) => ({ submissionId: 's1', evaluatorId, active: true }));
    const plan = planAssignments(baseInput({ existing }));
    expect(plan.assignments.every((a) => a.submissionId === 's2')).toBe(true);
  });

  it('reports a shortfall when too few evaluators are eligible', () => {
    const plan = planAssignments(baseInput({ perSubmission: 3, excludedUserIds: ['e1', 'e2'] }));
    expect(pairs(plan)).toEqual(['s1:e3', 's1:e4', 's2:e3', 's2:e4']);
    expect(plan.shortfall).toEqual([
      { submissionId: 's1', missing: 1 },
      { submissionId: 's2', missing: 1 },
    ]);
  });

  it('fills the shortfall once more evaluators are invited, and only then', () => {
    const first = planAssignments(baseInput({ perSubmission: 3, evaluators: baseInput().evaluators.slice(0, 2) }));
    const existing = first.assignments.map((a) => ({ ...a, active: true }));
    expect(planAssignments(baseInput({ perSubmission: 3, evaluators: baseInput().evaluators.slice(0, 2), existing })).assignments).toEqual(
      [],
    );
    const second = planAssignments(baseInput({ perSubmission: 3, existing }));
    expect(pairs(second)).toEqual(['s1:e3', 's2:e4']);
    expect(second.shortfall).toEqual([]);
  });

  it('handles no submissions and no evaluators', () => {
    expect(planAssignments(baseInput({ submissions: [] }))).toEqual({ assignments: [], shortfall: [] });
    expect(planAssignments(baseInput({ evaluators: [] })).shortfall).toEqual([
      { submissionId: 's1', missing: 2 },
      { submissionId: 's2', missing: 2 },
    ]);
  });

  it('rejects invalid input with every problem listed', () => {
    const bad = baseInput({
      perSubmission: 0,
      submissions: [
        { id: 's1', vendorOrgId: 'v' },
        { id: 's1', vendorOrgId: 'v' },
      ],
      evaluators: [
        { userId: 'e1', orgId: 'o' },
        { userId: 'e1', orgId: 'o' },
      ],
      currentLoad: new Map([['e1', -1]]),
    });
    try {
      planAssignments(bad);
      throw new Error('expected an AssignmentInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(AssignmentInputError);
      expect((error as AssignmentInputError).problems).toHaveLength(4);
    }
  });
});

// ---------- properties ----------

// Small id spaces so that shared organisations, conflicts and repeated pairs are common.
const orgArb = fc.constantFrom('o1', 'o2', 'o3', 'o4');
const inputArb: fc.Arbitrary<AssignmentPlanInput> = fc
  .record({
    submissions: fc.uniqueArray(fc.record({ id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'), vendorOrgId: orgArb }), {
      selector: (s) => s.id,
    }),
    evaluators: fc.uniqueArray(fc.record({ userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'), orgId: orgArb }), {
      selector: (e) => e.userId,
    }),
    perSubmission: fc.integer({ min: 1, max: 4 }),
    conflicts: fc.array(fc.record({ evaluatorId: fc.constantFrom('u1', 'u2', 'u3', 'u4'), vendorOrgId: orgArb }), { maxLength: 3 }),
    excludedUserIds: fc.subarray(['u1', 'u2', 'u9']),
    loads: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
    existingPicks: fc.array(fc.record({ s: fc.nat(5), u: fc.nat(7), active: fc.boolean() }), { maxLength: 8 }),
  })
  .map(({ loads, existingPicks, ...rest }) => ({
    ...rest,
    currentLoad: new Map(loads.map((load, i) => [`u${i + 1}`, load])),
    existing: existingPicks.map(({ s, u, active }) => ({ submissionId: `s${s + 1}`, evaluatorId: `u${u + 1}`, active })),
  }));

function isEligible(input: AssignmentPlanInput, submissionId: string, evaluatorId: string): boolean {
  const submission = input.submissions.find((s) => s.id === submissionId)!;
  const evaluator = input.evaluators.find((e) => e.userId === evaluatorId);
  return (
    evaluator !== undefined &&
    !input.excludedUserIds.includes(evaluatorId) &&
    evaluator.orgId !== submission.vendorOrgId &&
    !input.conflicts.some((c) => c.evaluatorId === evaluatorId && c.vendorOrgId === submission.vendorOrgId) &&
    !input.existing.some((a) => a.submissionId === submissionId && a.evaluatorId === evaluatorId)
  );
}

function permute<T>(values: T[], keys: number[]): T[] {
  return values
    .map((value, i) => ({ value, key: keys[i] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.value);
}

describe('planAssignments properties', () => {
  it('never violates a constraint and never pairs an evaluator twice with one submission', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { assignments } = planAssignments(input);
        for (const a of assignments) expect(isEligible(input, a.submissionId, a.evaluatorId)).toBe(true);
        expect(new Set(pairs({ assignments })).size).toBe(assignments.length);
      }),
    );
  });

  it('fills each submission up to perSubmission as far as eligible evaluators allow, reporting the rest', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { assignments, shortfall } = planAssignments(input);
        for (const s of input.submissions) {
          const active = input.existing.filter((a) => a.submissionId === s.id && a.active).length;
          const needed = Math.max(0, input.perSubmission - active);
          const eligible = input.evaluators.filter((e) => isEligible(input, s.id, e.userId)).length;
          const planned = assignments.filter((a) => a.submissionId === s.id).length;
          expect(planned).toBe(Math.min(needed, eligible));
          const missing = needed - planned;
          expect(shortfall.filter((x) => x.submissionId === s.id)).toEqual(missing > 0 ? [{ submissionId: s.id, missing }] : []);
        }
      }),
    );
  });

  it('is idempotent: re-running with the plan recorded plans nothing and reports the same shortfall', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = planAssignments(input);
        const load = new Map(input.currentLoad);
        for (const a of first.assignments) load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
        const again = planAssignments({
          ...input,
          existing: [...input.existing, ...first.assignments.map((a) => ({ ...a, active: true }))],
          currentLoad: load,
        });
        expect(again.assignments).toEqual([]);
        expect(again.shortfall).toEqual(first.shortfall);
      }),
    );
  });

  it('gives the same plan for any order of the input lists', () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), (input, keys) => {
        const shuffled = {
          ...input,
          submissions: permute(input.submissions, keys),
          evaluators: permute(input.evaluators, [...keys].reverse()),
          existing: permute(input.existing, keys),
          conflicts: permute(input.conflicts, keys),
        };
        expect(planAssignments(shuffled)).toEqual(planAssignments(input));
      }),
    );
  });

  it('is balanced when unconstrained: loads differ by at most one', () => {
    const unconstrained = fc.record({
      submissionCount: fc.integer({ min: 0, max: 30 }),
      evaluatorCount: fc.integer({ min: 1, max: 10 }),
      perSubmission: fc.integer({ min: 1, max: 5 }),
      startingLoad: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(unconstrained, ({ submissionCount, evaluatorCount, perSubmission, startingLoad }) => {
        const evaluators = Array.from({ length: evaluatorCount }, (_, i) => ({ userId: `u${i}`, orgId: 'buyer' }));
        const plan = planAssignments({
          submissions: Array.from({ length: submissionCount }, (_, i) => ({ id: `s${i}`, vendorOrgId: `vendor${i}` })),
          evaluators,
          perSubmission,
          existing: [],
          conflicts: [],
          excludedUserIds: [],
          currentLoad: new Map(evaluators.map((e) => [e.userId, startingLoad])),
        });
        const loads = evaluators.map((e) => plan.assignments.filter((a) => a.evaluatorId === e.userId).length);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(plan.assignments).toHaveLength(submissionCount * Math.min(perSubmission, evaluatorCount));
      }),
    );
  });

  it('picks least-loaded first: no skipped eligible evaluator was less loaded than one chosen at that moment', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { assignments } = planAssignments(input);
        // Replay the plan in order, tracking loads, and check each submission's picks.
        const load = new Map(input.evaluators.map((e) => [e.userId, input.currentLoad.get(e.userId) ?? 0]));
        const bySubmission = new Map<string, string[]>();
        for (const a of assignments) bySubmission.set(a.submissionId, [...(bySubmission.get(a.submissionId) ?? []), a.evaluatorId]);
        for (const [submissionId, chosen] of bySubmission) {
          const skipped = input.evaluators.filter((e) => isEligible(input, submissionId, e.userId) && !chosen.includes(e.userId));
          const worstChosen = Math.max(...chosen.map((id) => load.get(id)!));
          for (const e of skipped) expect(load.get(e.userId)!).toBeGreaterThanOrEqual(worstChosen);
          for (const id of chosen) load.set(id, load.get(id)! + 1);
        }
      }),
    );
  });
});
