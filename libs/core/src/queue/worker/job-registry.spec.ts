import { checkHandlers } from './job-registry';

describe('checkHandlers', () => {
  const expected = ['a', 'b'];

  it('accepts exactly one handler per job', () => {
    expect(
      checkHandlers(
        [
          { name: 'a', where: 'A.run' },
          { name: 'b', where: 'B.run' },
        ],
        expected,
      ),
    ).toEqual([]);
  });

  it('reports missing, duplicate and unknown handlers', () => {
    const problems = checkHandlers(
      [
        { name: 'a', where: 'A.run' },
        { name: 'a', where: 'A2.run' },
        { name: 'zzz', where: 'Z.run' },
      ],
      expected,
    );
    expect(problems).toEqual(['job "a" has 2 handlers: A.run, A2.run', 'job "b" has no handler', 'Z.run handles unknown job "zzz"']);
  });
});
