import { Injectable, Logger } from '@nestjs/common';

import { HandlesJob } from '../queue/handles-job.decorator';
import { AuditChainVerifier } from './audit-chain.verifier';

/** Periodic integrity check: a broken chain is logged at error level for the operators' alerting. */
@Injectable()
export class AuditChainJob {
  private readonly logger = new Logger('AuditChain');

  constructor(private readonly verifier: AuditChainVerifier) {}

  @HandlesJob('audit.verify-chain')
  async run() {
    const result = await this.verifier.verify();
    if (!result.valid) this.logger.error(`audit chain broken at seq ${result.firstBrokenSeq} after ${result.checkedEvents} valid events`);
    return result;
  }
}
