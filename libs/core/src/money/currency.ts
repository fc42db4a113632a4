import { code as iso4217 } from 'currency-codes';

/**
 * Codes on the ISO 4217 list that name no money a bid or contract can be paid in: XXX ("no
 * currency involved") and XTS (reserved for testing).
 */
const NOT_MONEY = new Set(['XXX', 'XTS']);

/**
 * Whether `value` is a current ISO 4217 alphabetic code, written as the standard writes it (upper
 * case). The list comes from the maintained `currency-codes` package (ISO's list one), so a code
 * that merely looks like one (three capitals, "ABC") is refused. The one check for every place a
 * currency enters: challenges, bids, follow-ons, settings.
 */
export function isIso4217Currency(value: unknown): value is string {
  return typeof value === 'string' && value === value.toUpperCase() && !NOT_MONEY.has(value) && iso4217(value) !== undefined;
}
