import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { AuditChainer } from './audit-chainer';

/**
 * Links committed audit events in the background; provided by the worker only, so API processes
 * spend nothing on it between requests (docs/audit-chain.md). Several workers are fine: a round
 * that finds another process linking skips.
 */
@Injectable()
export class AuditChainBackground implements OnApplicationBootstrap {
  constructor(private readonly chainer: AuditChainer) {}

  onApplicationBootstrap(): void {
    this.chainer.startBackground();
  }
}
