import { ChallengeTerms, challengeTermsProblems, normaliseTags } from './challenge-rules';

const valid = (): ChallengeTerms => ({
  classification: 'NATO_RESTRICTED',
  requiredTier: 'T2',
  budget: { amountMinor: 500_000_00, currency: 'EUR' },
  maxContractValue: { amountMinor: 100_000_00, currency: 'EUR' },
  maxAwards: 3,
  submissionDeadline: new Date('2030-01-10T00:00:00Z'),
  questionsDeadline: new Date('2030-01-05T00:00:00Z'),
  evaluatorsPerSubmission: 3,
  standstillDays: 10,
  criteria: [
    { name: 'Technical merit', weight: 60 },
    { name: 'Team', weight: 40 },
  ],
});

describe('challengeTermsProblems', () => {
  it('accepts valid terms', () => {
    expect(challengeTermsProblems(valid(), 'NATO_RESTRICTED')).toEqual([]);
  });

  it('takes an optional scoring deadline only after the submission deadline', () => {
    expect(challengeTermsProblems({ ...valid(), scoringDeadline: new Date('2030-02-01T00:00:00Z') }, 'NATO_RESTRICTED')).toEqual([]);
    expect(challengeTermsProblems({ ...valid(), scoringDeadline: null }, 'NATO_RESTRICTED')).toEqual([]);
    expect(challengeTermsProblems({ ...valid(), scoringDeadline: new Date('2030-01-10T00:00:00Z') }, 'NATO_RESTRICTED')).toEqual([
      'scoringDeadline must be after submissionDeadline',
    ]);
  });

  it('refuses a blank title and blank criterion names (they would be stored empty once trimmed)', () => {
    const problems = challengeTermsProblems(
      {
        ...valid(),
        title: '   ',
        criteria: [
          { name: '  ', weight: 60 },
          { name: 'Team', weight: 40 },
        ],
      },
      'NATO_RESTRICTED',
    );
    expect(problems).toEqual(['title must not be blank', 'criterion 1 name must not be blank']);
  });

  it('reports every problem at once', () => {
    const problems = challengeTermsProblems(
      {
        ...valid(),
        criteria: [
          { name: 'A', weight: 0 },
          { name: 'B', weight: 50 },
        ],
        maxContractValue: { amountMinor: 600_000_00, currency: 'EUR' },
        questionsDeadline: new Date('2030-01-11T00:00:00Z'),
        requiredTier: 'T1',
        maxAwards: 0,
      },
      'NATO_RESTRICTED',
    );
    expect(problems).toEqual([
      'criterion 1 (A) weight must be an integer of at least 1 (got 0)',
      'criteria weights must sum to 100 (got 50)',
      'maxContractValue (60000000) must not exceed the budget (50000000)',
      'maxAwards must be at least 1 (got 0)',
      'questionsDeadline must be before submissionDeadline',
      'requiredTier T1 is below T2, the tier NATO_RESTRICTED demands',
    ]);
  });

  it('needs one currency, on the ISO 4217 list, and positive amounts', () => {
    expect(challengeTermsProblems({ ...valid(), maxContractValue: { amountMinor: 1, currency: 'USD' } }, 'NATO_RESTRICTED')).toEqual([
      'budget and maxContractValue must be in one currency (got EUR and USD)',
    ]);
    expect(challengeTermsProblems({ ...valid(), budget: { amountMinor: -5, currency: 'eur' } }, 'NATO_RESTRICTED')).toEqual(
      expect.arrayContaining([
        'budget currency must be an ISO 4217 currency code such as EUR (got "eur")',
        'budget must be a positive integer amount in minor units (got -5)',
      ]),
    );
    // Three capitals are not enough: the code must be on the list, and name money.
    for (const currency of ['ABC', 'XXX']) {
      expect(
        challengeTermsProblems(
          { ...valid(), budget: { amountMinor: 5, currency }, maxContractValue: { amountMinor: 1, currency } },
          'NATO_RESTRICTED',
        ),
      ).toEqual([
        `budget currency must be an ISO 4217 currency code such as EUR (got "${currency}")`,
        `maxContractValue currency must be an ISO 4217 currency code such as EUR (got "${currency}")`,
      ]);
    }
    expect(
      challengeTermsProblems(
        { ...valid(), budget: { amountMinor: 5, currency: 'GBP' }, maxContractValue: { amountMinor: 1, currency: 'GBP' } },
        'NATO_RESTRICTED',
      ),
    ).toEqual([]);
  });

  it('needs at least one criterion and bounded evaluation settings', () => {
    expect(
      challengeTermsProblems({ ...valid(), criteria: [], evaluatorsPerSubmission: 11, standstillDays: 61 }, 'NATO_RESTRICTED'),
    ).toEqual([
      'at least one evaluation criterion is required',
      'evaluatorsPerSubmission must be 1..10 (got 11)',
      'standstillDays must be 0..60 (got 61)',
    ]);
  });

  it.each([
    ['PUBLIC', 'T0'],
    ['NATO_UNCLASSIFIED', 'T1'],
    ['NATO_RESTRICTED', 'T2'],
    ['NATO_CONFIDENTIAL', 'T3'],
    ['NATO_SECRET', 'T4'],
    ['COSMIC_TOP_SECRET', 'T4'],
  ] as const)('%s demands at least %s', (classification, tier) => {
    expect(challengeTermsProblems({ ...valid(), classification, requiredTier: tier }, 'COSMIC_TOP_SECRET')).toEqual([]);
    if (tier !== 'T0') {
      const below = (['T0', 'T1', 'T2', 'T3'] as const)[Number(tier[1]) - 1];
      expect(challengeTermsProblems({ ...valid(), classification, requiredTier: below }, 'COSMIC_TOP_SECRET')).toHaveLength(1);
    }
  });

  it('refuses classifications above the accreditation', () => {
    expect(challengeTermsProblems({ ...valid(), classification: 'NATO_CONFIDENTIAL', requiredTier: 'T3' }, 'NATO_RESTRICTED')).toEqual([
      'classification NATO_CONFIDENTIAL is above NATO_RESTRICTED, the highest this platform is accredited for',
    ]);
  });
});

describe('normaliseTags', () => {
  it('trims, lower-cases and removes duplicates', () => {
    expect(normaliseTags([' Drones', 'drones', 'C-UAS ', ''])).toEqual(['drones', 'c-uas']);
  });
});
