import { minorUnitExponent, toOcdsValue } from './money';

describe('toOcdsValue', () => {
  it('divides by 100 for two-decimal currencies, printing the exact decimal', () => {
    expect(toOcdsValue(15_000_001, 'EUR')).toEqual({ amount: 150_000.01, currency: 'EUR' });
    expect(JSON.stringify(toOcdsValue(10, 'USD'))).toBe('{"amount":0.1,"currency":"USD"}');
  });

  it('uses the ISO 4217 exponent for zero- and three-decimal currencies', () => {
    expect(toOcdsValue(125_000, 'JPY')).toEqual({ amount: 125_000, currency: 'JPY' });
    expect(toOcdsValue(125_000, 'KRW').amount).toBe(125_000);
    expect(toOcdsValue(1_234_567, 'KWD').amount).toBe(1_234.567);
    expect(minorUnitExponent('GBP')).toBe(2);
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => toOcdsValue(1.5, 'EUR')).toThrow(RangeError);
  });
});
