// The pure sovereignty engine: catalogue, answer validation, tiers and SME class.
// No framework or database imports, so services, jobs and scripts can all use it directly.
export * from './answer-validation';
export * from './catalogue';
export * from './tier-engine';
