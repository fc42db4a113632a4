import { Injectable, Logger } from '@nestjs/common';

import { MetricsRegistry } from '../observability/metrics-registry';
import { HandlesJob } from '../queue/handles-job.decorator';
import { AuditChainVerifier } from './audit-chain.verifier';

/** Periodic integrity check: a broken chain is logged at error level for the operators' alerting. */
@Injectable()
export class AuditChainJob {
  private readonly logger = new Logger('AuditChain');
  private readonly valid;
  private readonly checked;

  constructor(
    private readonly verifier: AuditChainVerifier,
    metrics: MetricsRegistry,
  ) {
    // -1 until the first verification has run in this process.
    this.valid = metrics.gauge('sprintgate_audit_chain_valid', 'Last audit-chain verification: 1 valid, 0 broken, -1 not run yet');
    this.valid.set(-1);
    this.checked = metrics.gauge('sprintgate_audit_chain_checked_events', 'Events checked by the last audit-chain verification');
  }

  @HandlesJob('audit.verify-chain')
  async run() {
    const result = await this.verifier.verify();
    this.valid.set(result.valid ? 1 : 0);
    this.checked.set(result.checkedEvents);
    if (!result.valid) this.logger.error(`audit chain broken at seq ${result.firstBrokenSeq} after ${result.checkedEvents} valid events`);
    return result;
  }
}
