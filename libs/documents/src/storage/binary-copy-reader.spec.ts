import fc from 'fast-check';

import { BINARY_COPY_SIGNATURE, BinaryCopyReader } from './binary-copy-reader';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER, CHUNK_TUPLE_HEADER_BYTES, uuidBytes, writeChunkTupleHeader } from './chunk-copy-frames';

/** What PostgreSQL sends for a binary COPY of these rows (each an array of non-NULL fields). */
const binaryCopy = (rows: Uint8Array[][], extension: Uint8Array = new Uint8Array(0)): Buffer => {
  const header = Buffer.alloc(BINARY_COPY_SIGNATURE.length + 8);
  BINARY_COPY_SIGNATURE.copy(header);
  header.writeUInt32BE(extension.length, BINARY_COPY_SIGNATURE.length + 4);
  const parts: Buffer[] = [header, Buffer.from(extension)];
  for (const fields of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(fields.length);
    parts.push(count);
    for (const field of fields) {
      const length = Buffer.alloc(4);
      length.writeInt32BE(field.length);
      parts.push(length, Buffer.from(field));
    }
  }
  return Buffer.concat([...parts, BINARY_COPY_TRAILER]);
};

/** `bytes` cut at the given offsets (sorted, duplicates give empty pieces). */
const split = (bytes: Buffer, cuts: number[]): Buffer[] => {
  const at = [0, ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end));
};

/** Feeds the pieces; returns what was passed on, and whether every piece passed on was a view, not a copy. */
const read = (pieces: Buffer[]) => {
  const out: Buffer[] = [];
  const reader = new BinaryCopyReader((piece) => out.push(piece));
  for (const piece of pieces) reader.write(piece);
  reader.end();
  return { bytes: Buffer.concat(out), rows: reader.rows, views: out.every((o) => pieces.some((p) => o.buffer === p.buffer)) };
};

const field = fc.uint8Array({ maxLength: 300 });
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 3 }), { maxLength: 4 });
const cuts = fc.array(fc.nat(), { maxLength: 40 });

describe('BinaryCopyReader', () => {
  it('passes on exactly the fields’ bytes, in order, however the output is split', () => {
    fc.assert(
      fc.property(rows, fc.uint8Array({ maxLength: 20 }), cuts, (given, extension, at) => {
        const result = read(split(binaryCopy(given, extension), at));
        expect(result.bytes.equals(Buffer.concat(given.flat()))).toBe(true);
        expect(result.rows).toBe(given.length);
        expect(result.views).toBe(true);
      }),
    );
  });

  it('reads no row as the end: nothing passed on', () => {
    fc.assert(
      fc.property(cuts, (at) => {
        const result = read(split(binaryCopy([]), at));
        expect(result.rows).toBe(0);
        expect(result.bytes.length).toBe(0);
      }),
    );
  });

  it('refuses output cut short, continued past the trailer, or not binary COPY at all', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (given, at) => {
        const whole = binaryCopy(given);
        const short = whole.subarray(0, at % whole.length);
        expect(() => read([short])).toThrow();
        expect(() => read([whole, Buffer.from([0])])).toThrow();
      }),
    );
    expect(() => read([Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\x01', 'latin1'), Buffer.alloc(10)])])).toThrow(/signature/);
  });

  it('reads back the rows the upload writes (frames around the chunk, header, trailer)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.uint8Array({ minLength: 1, maxLength: 200 }), { maxLength: 5 }), cuts, (id, chunks, at) => {
        const frames = chunks.map((chunk, seq) => {
          const frame = Buffer.alloc(CHUNK_TUPLE_HEADER_BYTES + chunk.length);
          Buffer.from(chunk).copy(frame, CHUNK_TUPLE_HEADER_BYTES);
          writeChunkTupleHeader(frame, uuidBytes(id), seq, chunk.length);
          return frame;
        });
        const result = read(split(Buffer.concat([BINARY_COPY_HEADER, ...frames, BINARY_COPY_TRAILER]), at));
        const expected = chunks.map((chunk, seq) => {
          const seqBytes = Buffer.alloc(4);
          seqBytes.writeInt32BE(seq);
          return Buffer.concat([uuidBytes(id), seqBytes, chunk]);
        });
        expect(result.rows).toBe(chunks.length);
        expect(result.bytes.equals(Buffer.concat(expected))).toBe(true);
      }),
    );
  });
});
