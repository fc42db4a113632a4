import { Transform } from 'stream';

/**
 * Re-cuts a byte stream into pieces of exactly `size` bytes (the last may be shorter), so stored
 * chunks have one size whatever the network delivered and memory holds at most one piece.
 */
export function rechunk(size: number): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  return new Transform({
    readableHighWaterMark: 1,
    readableObjectMode: true,
    transform(data: Buffer, _encoding, done) {
      let offset = 0;
      while (offset < data.length) {
        const take = Math.min(size - pendingBytes, data.length - offset);
        pending.push(data.subarray(offset, offset + take));
        pendingBytes += take;
        offset += take;
        if (pendingBytes === size) {
          this.push(Buffer.concat(pending, size));
          pending = [];
          pendingBytes = 0;
        }
      }
      done();
    },
    flush(done) {
      if (pendingBytes > 0) this.push(Buffer.concat(pending, pendingBytes));
      done();
    },
  });
}
