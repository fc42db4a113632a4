import { Logger, Provider } from '@nestjs/common';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import { s3PartBytes } from '../storage/s3-part-size';
import { GarbageCollector, obtainGarbageCollector } from './runtime-gc';
import { TransferMemoryGovernor, TransferMemoryGovernorSettings } from './transfer-memory-governor';

export const TRANSFER_MEMORY_GOVERNOR = Symbol('TRANSFER_MEMORY_GOVERNOR');

/**
 * The governor's settings for the configured store. Issue 14's bound is RSS growth under twice the
 * store's unit per concurrent transfer (a PostgreSQL chunk, an S3 part). A transfer holds about one
 * unit itself (the upload's frame or part, the download's chunk in flight), which leaves one unit
 * for the garbage. Dead buffers between two scavenges reach the threshold plus one socket read
 * (64 KiB), and promoted ones up to the slack: half a unit each keeps their sum within the
 * remaining unit, with the rest of a 256 KiB chunk for the reads in flight. For S3 the part (5
 * MiB) is the unit, so it collects twenty times less often than for PostgreSQL.
 */
export function governorSettingsFor(config: Pick<DocumentsConfig, 'storage' | 'chunkBytes'>): TransferMemoryGovernorSettings {
  const unit = config.storage === 's3' ? s3PartBytes(config.chunkBytes) : config.chunkBytes;
  return { scavengeEveryBytes: unit / 2, promotedSlackBytes: unit / 2, checkEveryScavenges: 4 };
}

/**
 * The governor for `config`'s store. When V8 gives no collector the governor does nothing, and the
 * log says so once, at startup.
 */
export function createTransferMemoryGovernor(
  config: Pick<DocumentsConfig, 'storage' | 'chunkBytes'>,
  obtain: () => GarbageCollector | null = obtainGarbageCollector,
  logger: Pick<Logger, 'warn'> = new Logger('Documents'),
): TransferMemoryGovernor {
  const collect = obtain();
  if (!collect) {
    logger.warn(
      "V8 gave no garbage collector to call: streamed documents' buffers are freed at V8's own pace, so memory may grow by tens of MiB while streaming",
    );
  }
  return new TransferMemoryGovernor(collect, governorSettingsFor(config));
}

/** One governor per app (so per process in production): the stores of both directions report to it. */
export const transferMemoryGovernorProvider: Provider = {
  provide: TRANSFER_MEMORY_GOVERNOR,
  inject: [DOCUMENTS_CONFIG],
  useFactory: (config: DocumentsConfig) => createTransferMemoryGovernor(config),
};
