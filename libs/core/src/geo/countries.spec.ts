import { isIsoCountry, ISO_COUNTRY_CODES, TRUSTED_SET_LABELS, TRUSTED_SETS } from './countries';

describe('ISO 3166-1 alpha-2 codes', () => {
  it('holds exactly the 249 officially assigned codes, two uppercase letters each', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    for (const code of ISO_COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(['FR', 'DE', 'US', 'CN', 'AX', 'BQ', 'SS', 'SX', 'CW', 'MK', 'SZ'])('accepts %s', (code) => {
    expect(isIsoCountry(code)).toBe(true);
  });

  // Lowercase, reserved (EU, UK), user-assigned (XK, XX), withdrawn (AN, YU, CS) and malformed codes.
  it.each(['fr', 'Fr', 'EU', 'UK', 'XK', 'XX', 'AN', 'YU', 'CS', '', 'FRA', ' F', 'F'])('rejects %p', (code) => {
    expect(isIsoCountry(code)).toBe(false);
  });
});

describe('trusted jurisdiction sets', () => {
  it('NATO has its 32 members', () => {
    expect([...TRUSTED_SETS.NATO].sort()).toEqual(
      'AL BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO SE SI SK TR US'.split(' '),
    );
  });

  it('EU_EEA has the EU 27 plus Iceland, Liechtenstein and Norway', () => {
    expect(TRUSTED_SETS.EU_EEA.size).toBe(30);
    expect([...TRUSTED_SETS.EU_EEA].sort()).toEqual(
      'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' '),
    );
  });

  it('lists only ISO codes', () => {
    for (const set of Object.values(TRUSTED_SETS)) for (const code of set) expect(isIsoCountry(code)).toBe(true);
  });

  it.each([
    ['US', true, false],
    ['GB', true, false],
    ['TR', true, false],
    ['AT', false, true],
    ['IE', false, true],
    ['LI', false, true],
    ['FR', true, true],
    ['NO', true, true],
    ['CH', false, false],
    ['CN', false, false],
  ])('%s: in NATO %p, in EU_EEA %p', (code, inNato, inEuEea) => {
    expect(TRUSTED_SETS.NATO.has(code)).toBe(inNato);
    expect(TRUSTED_SETS.EU_EEA.has(code)).toBe(inEuEea);
  });

  it('labels each set for sentences', () => {
    expect(TRUSTED_SET_LABELS).toEqual({ NATO: 'NATO', EU_EEA: 'EU/EEA' });
  });
});
