import { moderationSheetProblems, scoreSheetProblems } from './score-rules';

const criteria = [
  { id: 'c1', name: 'Technical merit' },
  { id: 'c2', name: 'Team' },
];
const entry = (criterionId: string, score: number, justification = 'because') => ({ criterionId, score, justification });

describe('scoreSheetProblems', () => {
  it('accepts every criterion scored once, 0..10, with a justification', () => {
    expect(scoreSheetProblems([entry('c1', 0), entry('c2', 10)], criteria)).toEqual([]);
  });

  it('reports every problem at once: range, fraction, blank justification, repeat, unknown and missing', () => {
    const problems = scoreSheetProblems([entry('c1', 11), entry('c1', 2.5, '  '), entry('zz', 3)], criteria);
    expect(problems).toEqual([
      '"Technical merit" score must be an integer 0..10 (got 11)',
      '"Technical merit" is scored more than once',
      '"Technical merit" score must be an integer 0..10 (got 2.5)',
      '"Technical merit" needs a justification',
      'criterion zz is not a criterion of this challenge',
      '"Team" is not scored',
    ]);
  });
});

describe('moderationSheetProblems', () => {
  const spreads = [
    { criterionId: 'c1', spread: 4 },
    { criterionId: 'c2', spread: 3 },
  ];

  it('needs a consensus exactly where the spread reached 4; others are optional', () => {
    expect(moderationSheetProblems([entry('c1', 5)], criteria, spreads)).toEqual([]);
    expect(moderationSheetProblems([entry('c1', 5), entry('c2', 6)], criteria, spreads)).toEqual([]);
    expect(moderationSheetProblems([entry('c2', 6)], criteria, spreads)).toEqual(['"Technical merit" needs a consensus score (spread 4)']);
  });

  it('refuses an empty sheet and applies the same per-score rules', () => {
    expect(moderationSheetProblems([], criteria, [{ criterionId: 'c1', spread: 1 }])).toEqual(['at least one consensus score is required']);
    expect(moderationSheetProblems([entry('c1', -1, '')], criteria, spreads)).toEqual([
      '"Technical merit" score must be an integer 0..10 (got -1)',
      '"Technical merit" needs a justification',
    ]);
  });
});
