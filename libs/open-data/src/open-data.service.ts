import { ClockService, isUuid } from '@app/core';
import { Injectable } from '@nestjs/common';

import { buildReleasePackage, type ReleasePackage } from './engine';
import { ProcessFactsLoader } from './process-facts.loader';

/** docs/product.md: only PUBLIC and NATO_UNCLASSIFIED processes are open data. */
export const PUBLISHABLE_CLASSIFICATIONS: readonly string[] = ['PUBLIC', 'NATO_UNCLASSIFIED'];
export const PUBLISHER_NAME = 'Sprintgate';

/**
 * OCDS release packages, rebuilt from the audit trail on every request (no stored copy that could
 * drift from the history). A classified, unpublished or missing challenge all answer null, so the
 * caller cannot tell which it was.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly loader: ProcessFactsLoader,
    private readonly clock: ClockService,
  ) {}

  async releasePackage(challengeId: string, uri: string): Promise<ReleasePackage | null> {
    if (!isUuid(challengeId)) return null;
    const gate = await this.loader.gate(challengeId);
    if (!gate || !gate.publishedAt || !PUBLISHABLE_CLASSIFICATIONS.includes(gate.classification)) return null;
    const { facts, events } = await this.loader.load(challengeId);
    // Download addresses are absolute, on the host that serves this package.
    const origin = new URL(uri).origin;
    facts.documents = facts.documents?.map((d) => ({ ...d, url: `${origin}${d.url}` }));
    // The database clock decides whether an award's standstill is over (pending → active).
    return buildReleasePackage(facts, events, { uri, publisherName: PUBLISHER_NAME, asOf: await this.clock.now() });
  }
}
