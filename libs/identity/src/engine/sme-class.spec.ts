import { type SmeClass, smeClass } from './sme-class';

const M = 1_000_000;

describe('smeClass (EU Recommendation 2003/361)', () => {
  it.each<[number, number, number, SmeClass]>([
    [0, 0, 0, 'MICRO'],
    [9, 2 * M, 2 * M, 'MICRO'],
    [9, 2 * M, 500 * M, 'MICRO'], // turnover alone is enough
    [9, 500 * M, 2 * M, 'MICRO'], // balance sheet alone is enough
    [9, 2 * M + 1, 2 * M + 1, 'SMALL'],
    [10, 0, 0, 'SMALL'], // headcount ceiling is strict
    [49, 10 * M, 500 * M, 'SMALL'],
    [49, 500 * M, 10 * M, 'SMALL'],
    [49, 10 * M + 1, 10 * M + 1, 'MEDIUM'],
    [50, 0, 0, 'MEDIUM'],
    [249, 50 * M, 500 * M, 'MEDIUM'],
    [249, 500 * M, 43 * M, 'MEDIUM'],
    [249, 50 * M + 1, 43 * M + 1, 'LARGE'],
    [249, 43 * M + 1, 43 * M + 1, 'MEDIUM'], // turnover ceiling is 50 m, not 43 m
    [250, 0, 0, 'LARGE'],
    [10_000, 9 * M, 9 * M, 'LARGE'],
  ])('headcount %d, turnover %d, balance sheet %d is %s', (headcount, annualTurnoverEur, balanceSheetEur, expected) => {
    expect(smeClass({ headcount, annualTurnoverEur, balanceSheetEur })).toBe(expected);
  });
});
