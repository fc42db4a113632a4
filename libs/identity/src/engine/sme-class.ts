/**
 * SME class from EU Recommendation 2003/361 (docs/sovereignty.md, "SME class"). The headcount
 * ceiling is strict; the financial ceilings are inclusive, and meeting either one of turnover or
 * balance sheet is enough, as the Recommendation lets a firm choose the more favourable of the two.
 */

export type SmeClass = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';

export interface SmeFigures {
  headcount: number;
  annualTurnoverEur: number;
  balanceSheetEur: number;
}

interface SmeCeiling {
  smeClass: Exclude<SmeClass, 'LARGE'>;
  headcountBelow: number;
  turnoverAtMostEur: number;
  balanceSheetAtMostEur: number;
}

// Smallest class first: the first ceiling a firm fits under is its class.
const CEILINGS: readonly SmeCeiling[] = [
  { smeClass: 'MICRO', headcountBelow: 10, turnoverAtMostEur: 2_000_000, balanceSheetAtMostEur: 2_000_000 },
  { smeClass: 'SMALL', headcountBelow: 50, turnoverAtMostEur: 10_000_000, balanceSheetAtMostEur: 10_000_000 },
  { smeClass: 'MEDIUM', headcountBelow: 250, turnoverAtMostEur: 50_000_000, balanceSheetAtMostEur: 43_000_000 },
];

export function smeClass(figures: SmeFigures): SmeClass {
  const fits = CEILINGS.find(
    (ceiling) =>
      figures.headcount < ceiling.headcountBelow &&
      (figures.annualTurnoverEur <= ceiling.turnoverAtMostEur || figures.balanceSheetEur <= ceiling.balanceSheetAtMostEur),
  );
  return fits?.smeClass ?? 'LARGE';
}
