/**
 * Buffers of one size, taken for an upload and given back after it, so that uploads do not each
 * allocate their own and leave it to the garbage collector: a buffer that lives a whole upload is
 * promoted to V8's old generation, where only a full collection frees it (see
 * streaming/transfer-memory-governor.ts). At most `maxIdle` are kept between uploads.
 */
export class ReusableBuffers {
  private readonly idle: Buffer[] = [];

  constructor(
    readonly size: number,
    private readonly maxIdle: number,
  ) {}

  take(): Buffer {
    return this.idle.pop() ?? Buffer.allocUnsafe(this.size);
  }

  /** Only a buffer nothing else refers to any more (no socket write pending) may be given back. */
  give(buffer: Buffer): void {
    if (this.idle.length < this.maxIdle) this.idle.push(buffer);
  }
}
