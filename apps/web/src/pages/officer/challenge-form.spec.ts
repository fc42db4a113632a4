import { EMPTY_CHALLENGE, formProblems, fromChallenge, toCreateInput, toUpdateInput, weightTotal } from './challenge-form';

const filled = {
  ...EMPTY_CHALLENGE,
  title: 'Night-time drone detection',
  problemStatement: 'Detect small drones at night.',
  tags: ' c-uas, sensors ,,',
  budget: '500000',
  maxContractValue: '200000.50',
  submissionDeadline: '2026-12-24T12:00:00',
  criteria: [
    { name: 'Technical merit', description: 'Range', weight: '60' },
    { name: 'Team', description: 'Delivery', weight: '40' },
  ],
};

describe('challenge authoring form', () => {
  it('refuses in the browser only what is not a value at all; the rules are the API’s', () => {
    expect(formProblems(filled)).toEqual({});
    expect(formProblems({ ...EMPTY_CHALLENGE, maxAwards: 'two', criteria: [{ name: '', description: '', weight: '100' }] })).toEqual({
      title: ['REQUIRED'],
      problemStatement: ['REQUIRED'],
      budget: ['PRICE_FORMAT'],
      maxContractValue: ['PRICE_FORMAT'],
      maxAwards: ['officer.error.wholeNumber'],
      submissionDeadline: ['REQUIRED'],
      criteria: ['officer.error.criterionRow:1'],
    });
    // Weights off 100 are the API's to refuse (with its own sentence), not the browser's.
    expect(formProblems({ ...filled, criteria: [{ name: 'Only', description: '', weight: '90' }] })).toEqual({});
    expect(weightTotal(filled.criteria)).toBe(100);
  });

  it('sends money in minor units, tags trimmed, deadlines as instants, and only updatable fields on update', () => {
    const input = toCreateInput(filled);
    expect(input.budget).toEqual({ amountMinor: 50_000_000, currency: 'EUR' });
    expect(input.maxContractValue).toEqual({ amountMinor: 20_000_050, currency: 'EUR' });
    expect(input.tags).toEqual(['c-uas', 'sensors']);
    expect(input.questionsDeadline).toBeNull();
    expect(new Date(input.submissionDeadline).toISOString()).toBe(input.submissionDeadline);
    expect(input.criteria).toEqual([
      { name: 'Technical merit', description: 'Range', weight: 60 },
      { name: 'Team', description: 'Delivery', weight: 40 },
    ]);
    expect(Object.keys(toUpdateInput(filled)).sort()).toEqual([
      'budget',
      'criteria',
      'maxAwards',
      'maxContractValue',
      'problemStatement',
      'questionsDeadline',
      'submissionDeadline',
      'tags',
      'title',
    ]);
  });

  it('reads a challenge back into the form unchanged', () => {
    const input = toCreateInput(filled);
    const back = fromChallenge({
      ...input,
      maxAwards: 1,
      evaluatorsPerSubmission: 2,
      blindEvaluation: false,
      standstillDays: 10,
      budget: input.budget,
      maxContractValue: input.maxContractValue,
      submissionDeadline: input.submissionDeadline,
    });
    expect(back).toMatchObject({
      budget: '500000.00',
      maxContractValue: '200000.50',
      tags: 'c-uas, sensors',
      submissionDeadline: filled.submissionDeadline,
    });
  });
});
