import { registerEnumType } from '@nestjs/graphql';

// Named exactly as in contract/contract.graphql; the values mirror the engine's string unions.
export const PillarEnum = { DATA: 'DATA', OPERATIONAL: 'OPERATIONAL', TECHNOLOGICAL: 'TECHNOLOGICAL' } as const;
export const AnswerTypeEnum = {
  BOOLEAN: 'BOOLEAN',
  COUNTRY: 'COUNTRY',
  COUNTRY_LIST: 'COUNTRY_LIST',
  ENUM: 'ENUM',
  ENUM_SET: 'ENUM_SET',
  OWNERSHIP: 'OWNERSHIP',
} as const;
export const SovereigntyTierEnum = { T0: 'T0', T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4' } as const;
export const TrustedJurisdictionEnum = { NATO: 'NATO', EU_EEA: 'EU_EEA' } as const;
export const AttestationStatusEnum = {
  ACTIVE: 'ACTIVE',
  SUPERSEDED: 'SUPERSEDED',
  CHALLENGED: 'CHALLENGED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;

registerEnumType(PillarEnum, { name: 'Pillar' });
registerEnumType(AnswerTypeEnum, {
  name: 'AnswerType',
  description: 'OWNERSHIP answers are lists of {country, percent} holdings of 5% or more.',
});
registerEnumType(SovereigntyTierEnum, { name: 'SovereigntyTier' });
registerEnumType(TrustedJurisdictionEnum, {
  name: 'TrustedJurisdiction',
  description: "Which nations count as trusted for a challenge's sovereignty rules.",
});
registerEnumType(AttestationStatusEnum, { name: 'AttestationStatus' });
