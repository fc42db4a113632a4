import { CATALOGUE_VERSION, CRITERIA, criterionByCode } from './catalogue';

describe('catalogue 2026.1', () => {
  it('is version 2026.1 with 23 criteria of unique codes', () => {
    expect(CATALOGUE_VERSION).toBe('2026.1');
    expect(CRITERIA).toHaveLength(23);
    expect(new Set(CRITERIA.map((c) => c.code)).size).toBe(23);
  });

  it('has 6 data, 10 operational and 7 technological criteria, each in the pillar its prefix names', () => {
    const pillarOfPrefix = { DS: 'DATA', OS: 'OPERATIONAL', TS: 'TECHNOLOGICAL' } as const;
    for (const criterion of CRITERIA) {
      const prefix = criterion.code.split('-')[0] as keyof typeof pillarOfPrefix;
      expect(criterion.pillar).toBe(pillarOfPrefix[prefix]);
    }
    const count = (pillar: string) => CRITERIA.filter((c) => c.pillar === pillar).length;
    expect([count('DATA'), count('OPERATIONAL'), count('TECHNOLOGICAL')]).toEqual([6, 10, 7]);
  });

  it('gives options exactly to ENUM and ENUM_SET criteria, without duplicates', () => {
    for (const criterion of CRITERIA) {
      const hasOptions = criterion.answerType === 'ENUM' || criterion.answerType === 'ENUM_SET';
      expect(criterion.options === null).toBe(!hasOptions);
      if (criterion.options) expect(new Set(criterion.options).size).toBe(criterion.options.length);
    }
  });

  it.each([
    ['DS-1', 'COUNTRY_LIST'],
    ['DS-3', 'ENUM'],
    ['DS-5', 'BOOLEAN'],
    ['OS-1', 'COUNTRY'],
    ['OS-2', 'OWNERSHIP'],
    ['OS-10', 'COUNTRY_LIST'],
    ['TS-7', 'ENUM_SET'],
  ])('%s is answered as %s', (code, answerType) => {
    expect(criterionByCode(code).answerType).toBe(answerType);
  });

  it('orders options weakest first', () => {
    expect(criterionByCode('OS-6').options).toEqual([
      'NONE',
      'BACKGROUND_CHECK',
      'NATO_RESTRICTED',
      'NATO_CONFIDENTIAL',
      'NATO_SECRET',
      'COSMIC_TOP_SECRET',
    ]);
    expect(criterionByCode('TS-2').options?.at(-1)).toBe('PERMANENT_AIR_GAP');
    expect(criterionByCode('DS-3').options?.[0]).toBe('PROVIDER_MANAGED');
  });

  it('keeps the questions word for word', () => {
    expect(criterionByCode('DS-1').question).toBe(
      'Countries where customer data is stored or processed, backups and disaster recovery included',
    );
    expect(criterionByCode('OS-2').question).toBe('Holdings of 5 % or more, looking through the ownership chain');
  });

  it('throws for a code it does not define', () => {
    expect(() => criterionByCode('XX-1')).toThrow('XX-1 is not a criterion of catalogue 2026.1');
  });
});
