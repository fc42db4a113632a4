import { chunkOfBinaryCopy } from './postgres-chunk-copy';

/** What PostgreSQL sends for `COPY (SELECT bytea ...) TO STDOUT (FORMAT binary)`. */
const binaryCopy = (row: Buffer | null, extension = Buffer.alloc(0)): Buffer => {
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), Buffer.alloc(4), extension]);
  header.writeUInt32BE(extension.length, 15);
  const trailer = Buffer.from([0xff, 0xff]);
  if (!row) return Buffer.concat([header, trailer]);
  const tuple = Buffer.alloc(6);
  tuple.writeInt16BE(1, 0);
  tuple.writeInt32BE(row.length, 2);
  return Buffer.concat([header, tuple, row, trailer]);
};

describe('chunkOfBinaryCopy', () => {
  it('returns the bytes of the one field of the one row', () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256));
    expect(chunkOfBinaryCopy(binaryCopy(bytes))!.equals(bytes)).toBe(true);
    expect(chunkOfBinaryCopy(binaryCopy(bytes, Buffer.from('ext')))!.equals(bytes)).toBe(true);
  });

  it('returns null when the query had no row (past the last chunk)', () => {
    expect(chunkOfBinaryCopy(binaryCopy(null))).toBeNull();
  });
});
