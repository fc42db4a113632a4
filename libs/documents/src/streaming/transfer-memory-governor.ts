import type { GarbageCollector } from './runtime-gc';

export interface TransferMemoryGovernorSettings {
  /** Bytes streamed per transfer in progress between two young-generation collections. */
  scavengeEveryBytes: number;
  /**
   * How far, per transfer in progress, the process's ArrayBuffer memory may rise above what was
   * live after the last full collection before another runs: buffers still in flight at two
   * scavenges were promoted to the old generation, where only a full collection frees them.
   */
  promotedSlackBytes: number;
  /** The ArrayBuffer level is read after every this many scavenges (reading it costs a /proc read). */
  checkEveryScavenges: number;
}

/**
 * Keeps the memory of streamed documents flat. Node allocates a fresh Buffer for every socket read
 * (request bodies on upload, the database or S3 socket on download): about one byte of garbage
 * per byte streamed, which V8 frees only at a collection, and V8 lets some 32 MiB of it pile up
 * before collecting (bench/RESULTS.md "Documents"). The stores say when a transfer begins and ends
 * and report every piece they stream; once `scavengeEveryBytes` per transfer in progress have gone
 * by, a scavenge frees the dead ones, which are young (V8 11.3 frees a young ArrayBuffer's backing
 * store during the scavenge itself, or at a later one while it marks or sweeps after a full
 * collection). The thresholds grow with the transfers in progress because the memory bound does
 * (issue 14: per concurrent transfer); that also keeps each transfer's pieces crossing as few
 * scavenges as when it runs alone, so as few get promoted. Those that lived through two scavenges
 * were promoted: when they add up to `promotedSlackBytes` per transfer, a full collection frees
 * them.
 *
 * Without a collector (see obtainGarbageCollector) it does nothing: memory then stays bounded by
 * V8's own collections, as before.
 */
export class TransferMemoryGovernor {
  private transfers = 0;
  private sinceScavenge = 0;
  private scavenges = 0;
  /** ArrayBuffer bytes live after the last full collection, or less when a later level was lower. */
  private liveAfterFull = 0;

  constructor(
    private readonly collect: GarbageCollector | null,
    readonly settings: TransferMemoryGovernorSettings,
    private readonly arrayBufferBytes: () => number = () => process.memoryUsage().arrayBuffers,
  ) {}

  get enabled(): boolean {
    return this.collect !== null;
  }

  /** A transfer begins; call the function returned when it ends (more calls do nothing). */
  begin(): () => void {
    this.transfers++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.transfers--;
    };
  }

  /** Called by the stores for every piece of a document they pass on, in either direction. */
  streamed(bytes: number): void {
    if (!this.collect) return;
    const transfers = Math.max(1, this.transfers);
    this.sinceScavenge += bytes;
    if (this.sinceScavenge < this.settings.scavengeEveryBytes * transfers) return;
    this.sinceScavenge = 0;
    this.collect({ type: 'minor' });
    if (++this.scavenges % this.settings.checkEveryScavenges !== 0) return;
    const level = this.arrayBufferBytes();
    // The level never falls below what is live: a lower one means transfers ended since.
    this.liveAfterFull = Math.min(this.liveAfterFull, level);
    if (level - this.liveAfterFull <= this.settings.promotedSlackBytes * transfers) return;
    // Without options: V8 11.3's gc({ type: 'major' }) leaves promoted ArrayBuffers in place.
    this.collect();
    this.liveAfterFull = this.arrayBufferBytes();
  }
}
