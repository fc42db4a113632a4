import { fromMinorUnits, shareTotal, toMinorUnits } from './milestone-plan';

describe('bid form money and shares', () => {
  it.each([
    ['150000', 2, 15_000_000],
    ['150000.5', 2, 15_000_050],
    ['150 000,50', 2, 15_000_050],
    ['1\u202f250', 0, 1_250],
    ['0.01', 2, 1],
  ])('reads %p with %p decimals as %p minor units', (typed, digits, minor) => {
    expect(toMinorUnits(typed, digits)).toBe(minor);
  });

  it.each(['', 'abc', '-5', '1.234', '1e5', '99999999999999999999'])('refuses %p', (typed) => {
    expect(toMinorUnits(typed, 2)).toBeNull();
  });

  it('writes minor units back with the currency decimals', () => {
    expect(fromMinorUnits(14_000_000, 2)).toBe('140000.00');
    expect(fromMinorUnits(1_250, 0)).toBe('1250');
  });

  it('sums shares, counting blank rows as zero', () => {
    expect(
      shareTotal([
        { title: 'a', dueInDays: '1', sharePercent: '40' },
        { title: 'b', dueInDays: '2', sharePercent: '' },
      ]),
    ).toBe(40);
  });
});
