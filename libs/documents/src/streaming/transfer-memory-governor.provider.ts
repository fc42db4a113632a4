import { Logger, Provider } from '@nestjs/common';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import { s3PartBytes } from '../storage/s3-part-size';
import { GarbageCollector, obtainGarbageCollector } from './runtime-gc';
import { TransferMemoryGovernor, TransferMemoryGovernorSettings } from './transfer-memory-governor';

export const TRANSFER_MEMORY_GOVERNOR = Symbol('TRANSFER_MEMORY_GOVERNOR');

/**
 * The governor's settings for the configured store, per transfer in progress. Issue 14's bound is
 * RSS growth under twice the store's unit per concurrent transfer (a PostgreSQL chunk, an S3 part);
 * a transfer holds about one unit itself (the upload's frame or part, the download's chunk in
 * flight). A scavenge every half unit keeps the young garbage (the threshold plus one 64 KiB
 * socket read) inside the other unit. The slack for promoted garbage is two units: with one, the
 * in-flight buffers' own ups and downs set off full collections (measured on PostgreSQL downloads:
 * 7 per 25 MiB, 52 ms of CPU per MiB instead of 10 to 16); with two, a full collection comes about
 * once per 25 MiB, and freed memory is reused before the process takes more (bench/RESULTS.md
 * "Documents", 2026-12-02). For S3 the part (5 MiB) is the unit, so it collects twenty times less
 * often than for PostgreSQL.
 */
export function governorSettingsFor(config: Pick<DocumentsConfig, 'storage' | 'chunkBytes'>): TransferMemoryGovernorSettings {
  const unit = config.storage === 's3' ? s3PartBytes(config.chunkBytes) : config.chunkBytes;
  return { scavengeEveryBytes: unit / 2, promotedSlackBytes: 2 * unit, checkEveryScavenges: 4 };
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
