import { DocumentsModule } from '@app/documents';
import { SolicitationsModule } from '@app/solicitations';
import { SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';

import { ContractService } from './contract.service';
import { ContractIssuanceService } from './contract-issuance.service';
import { ContractQueryService } from './contract-query.service';
import { ContractWriter } from './contract-writer';
import { MilestoneService } from './milestone.service';

/**
 * Services shared by the API and the worker. ContractIssueJob is provided by the worker alone (one
 * handler per job there); resolvers are in ContractsApiModule.
 */
@Module({
  imports: [SolicitationsModule, SubmissionsModule, DocumentsModule],
  providers: [ContractWriter, ContractIssuanceService, ContractQueryService, ContractService, MilestoneService],
  exports: [ContractWriter, ContractIssuanceService, ContractQueryService, ContractService, MilestoneService],
})
export class ContractsModule {}
