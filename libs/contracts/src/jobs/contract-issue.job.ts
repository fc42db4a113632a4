import { HandlesJob, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { ContractIssuanceService } from '../contract-issuance.service';

/** Emitted by the award transaction (and swept periodically): issues the phase-1 contracts and completes the award. */
@Injectable()
export class ContractIssueJob {
  constructor(private readonly issuance: ContractIssuanceService) {}

  @HandlesJob('contracts.issue')
  issue(payload: JobPayload<'contracts.issue'>) {
    return this.issuance.issueForChallenge(payload.challengeId);
  }

  @HandlesJob('contracts.issue-sweep')
  sweep() {
    return this.issuance.issuePending();
  }
}
