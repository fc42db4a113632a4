export * from './contracts.module';
export * from './contracts.types';
export * from './contract-issuance.service';
export * from './jobs/contract-issue.job';
export * from './engine';
export type { MicroContractEntity } from './entities/micro-contract.entity';
export type { MilestoneEntity } from './entities/milestone.entity';
