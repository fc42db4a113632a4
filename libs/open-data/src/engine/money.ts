/**
 * OCDS publishes money as a decimal `amount` in the currency's major unit; the platform stores
 * integer minor units. The exponent comes from ISO 4217: most currencies have 2 decimals, the ones
 * listed here differ (a wrong exponent would misstate a JPY award a hundredfold).
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

export const minorUnitExponent = (currency: string): number => EXPONENTS[currency] ?? 2;

export interface OcdsValue {
  amount: number;
  currency: string;
}

/**
 * Minor units → OCDS Value. Division by a power of ten is correctly rounded in IEEE 754, so the
 * printed number is the exact decimal (15000001 / 100 prints 150000.01).
 */
export function toOcdsValue(amountMinor: number, currency: string): OcdsValue {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a safe integer (got ${amountMinor})`);
  return { amount: amountMinor / 10 ** minorUnitExponent(currency), currency };
}
