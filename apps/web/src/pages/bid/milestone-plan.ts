/** One row of the milestone plan as typed; shares must sum to 100 (docs/product.md, micro-contracts). */
export interface MilestoneRow {
  title: string;
  dueInDays: string;
  sharePercent: string;
}

export const shareTotal = (rows: MilestoneRow[]): number => rows.reduce((sum, r) => sum + (Number(r.sharePercent) || 0), 0);

/** Major units typed by a person ("12 500,50" or "12500.50") to integer minor units, or null. */
export function toMinorUnits(typed: string, fractionDigits: number): number | null {
  const cleaned = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  if (fraction.length > fractionDigits) return null;
  const minor = Number(whole) * 10 ** fractionDigits + Number(fraction.padEnd(fractionDigits, '0') || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

export const fromMinorUnits = (minor: number, fractionDigits: number): string => (minor / 10 ** fractionDigits).toFixed(fractionDigits);
