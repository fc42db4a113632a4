import { IdentityModule } from '@app/identity';
import { SolicitationsModule } from '@app/solicitations';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { ChallengeContractsResolver } from './challenge-contracts.resolver';
import { ContractResolver } from './contract.resolver';
import { ContractsModule } from './contracts.module';
import { MilestoneResolver } from './milestone.resolver';

@Module({
  imports: [ContractsModule, IdentityModule, SolicitationsModule, SubmissionsModule],
  providers: [ContractResolver, MilestoneResolver, ChallengeContractsResolver],
  exports: [ContractsModule],
})
export class ContractsApiModule {}
